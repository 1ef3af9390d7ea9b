package io.cxray.server.sbom;

import io.cxray.core.detect.DependencyDetector;
import io.cxray.core.detect.DetectionResult;
import io.cxray.core.detect.DetectorOptions;
import io.cxray.core.detect.ParserRegistry;
import io.cxray.core.sbom.SbomAssembler;
import io.cxray.core.sbom.SbomDocument;
import io.cxray.core.sbom.SbomSubject;
import io.cxray.core.sbom.SbomTool;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.api.error.ErrorCode;
import io.cxray.server.archive.ArchiveException;
import io.cxray.server.archive.ArchiveExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * {@code POST /v1/sbom/generate} with an uploaded archive: unpacked into a temporary directory by
 * the shared {@link ArchiveExtractor}, detected with the built-in parsers (no network), assembled,
 * and stored by {@link SbomService#storeGenerated} with its {@code sbom.generated} event, before
 * the answer.
 */
@Service
class ArchiveSbomGenerations {

  private final SbomService sboms;
  private final ArchiveExtractor extractor;

  ArchiveSbomGenerations(SbomService sboms, SbomProperties properties) {
    this.sboms = sboms;
    this.extractor = new ArchiveExtractor(properties.archive().limits());
  }

  /**
   * Unpacks an uploaded archive, detects its dependencies and stores their SBOM, written in {@code
   * format} (and {@code specVersion}).
   */
  GeneratedSbomView generate(
      String organizationId,
      String projectId,
      byte[] archive,
      String fileName,
      SbomOutputFormat format,
      String specVersion) {
    sboms.checkProject(organizationId, projectId);
    Path dir = null;
    try {
      dir = Files.createTempDirectory("cxray-upload-");
      int files = extract(archive, dir).files();
      DetectionResult detected =
          new DependencyDetector(ParserRegistry.builtIn(), DetectorOptions.defaults()).detect(dir);
      SbomDocument doc =
          SbomAssembler.assemble(
              subject(projectName(fileName)),
              tool(),
              Instant.now(),
              detected.packages(),
              detected.edges());
      SbomRecord stored = sboms.storeGenerated(organizationId, projectId, format, specVersion, doc);
      return GeneratedSbomView.completed(stored, doc.allComponents().size(), files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  /**
   * Refusals as API errors: a limit is 413 with {@code details.limit}; a path escape names the
   * entry in {@code details.value}; anything else is 400.
   */
  private ArchiveExtractor.Extracted extract(byte[] archive, Path dir) {
    try {
      return extractor.extract(archive, dir);
    } catch (ArchiveException e) {
      if (e.kind().limit() != null) {
        throw new ApiException(
            ErrorCode.PAYLOAD_TOO_LARGE,
            e.getMessage(),
            Map.of("field", "file", "limit", e.kind().limit()));
      }
      throw ApiException.invalid("file", e.entry(), e.getMessage());
    }
  }

  /** The uploaded file's name without directories and archive extension. */
  static String projectName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "upload";
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    for (String ext : List.of(".tar.gz", ".tgz", ".zip")) {
      if (name.toLowerCase(Locale.ROOT).endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }

  /** The uploaded project; its ref is the root of the dependency graph. */
  private static SbomSubject subject(String name) {
    return new SbomSubject(name, name, null, null, null, null);
  }

  private static SbomTool tool() {
    String version = SbomService.class.getPackage().getImplementationVersion();
    return new SbomTool("CXRay", "cxray-server", version == null ? "dev" : version);
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is not worth failing the request for.
    }
  }
}
