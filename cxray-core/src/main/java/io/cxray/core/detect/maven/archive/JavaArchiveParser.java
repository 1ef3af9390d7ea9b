package io.cxray.core.detect.maven.archive;

import io.cxray.core.detect.DependencyFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseResultBuilder;
import io.cxray.core.detect.TextLines;
import io.cxray.core.model.Ecosystem;
import java.util.Locale;

/**
 * Reads Java archives ({@code .jar}, {@code .war}, {@code .ear}) for the Maven artifacts they hold:
 * each {@code META-INF/maven/<g>/<a>/pom.properties} (several in a shaded jar), and, for an archive
 * without any, coordinates guessed from {@code MANIFEST.MF} ({@link ManifestCoordinates}; a note
 * lists these as lower confidence). Nested archives are read too: {@code WEB-INF/lib} of a WAR,
 * {@code BOOT-INF/lib} of a Spring Boot jar, the modules and {@code lib/} of an EAR. A nested
 * artifact depends-from the artifact of the archive holding it. Locations read {@code
 * outer.war!/WEB-INF/lib/inner.jar}.
 *
 * <p>Everything happens in memory within {@link ArchiveLimits}: nesting depth, entry count, bytes
 * inflated and compression ratio are bounded, and entry names never become file paths.
 */
public final class JavaArchiveParser implements DependencyFileParser {
  public static final String ID = "maven/java-archive";

  private final ArchiveLimits limits;

  public JavaArchiveParser() {
    this(ArchiveLimits.defaults());
  }

  public JavaArchiveParser(ArchiveLimits limits) {
    this.limits = limits;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Ecosystem ecosystem() {
    return Ecosystem.MAVEN;
  }

  @Override
  public boolean matches(String relativePath) {
    String n = TextLines.fileName(relativePath).toLowerCase(Locale.ROOT);
    return n.endsWith(".jar") || n.endsWith(".war") || n.endsWith(".ear");
  }

  @Override
  public ParseResult parse(String relativePath, byte[] content, ParseContext context) {
    ParseResultBuilder out = new ParseResultBuilder(relativePath, ID);
    ArchiveWalker walker = new ArchiveWalker(limits, out);
    walker.walk(content, relativePath, 0, null);
    if (!walker.guessed().isEmpty()) {
      out.note(
          "identified from MANIFEST.MF only (lower confidence: coordinates guessed): "
              + walker.guessed());
    }
    return out.build();
  }
}
