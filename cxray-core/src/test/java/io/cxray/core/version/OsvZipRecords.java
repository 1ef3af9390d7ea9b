package io.cxray.core.version;

import io.cxray.core.model.AffectedPackage;
import io.cxray.core.model.AffectedRange;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.RangeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the {@code affected[]} entries of the shared OSV zips with plain Jackson, for tests that
 * check the version code against real advisory data. (The production importer lives elsewhere.)
 */
final class OsvZipRecords {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private OsvZipRecords() {}

  /** The shared data directory: {@code -Dcxray.shared.dir}, else a {@code shared} sibling. */
  static Path sharedDir() {
    String prop = System.getProperty("cxray.shared.dir");
    if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("advisories"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("cannot find the shared data; set -Dcxray.shared.dir");
  }

  /** Calls {@code sink} with (record id, affected entry) for every entry of {@code ecosystem}. */
  static void forEachAffected(Ecosystem ecosystem, BiConsumer<String, AffectedPackage> sink)
      throws IOException {
    Path zip =
        sharedDir().resolve("advisories/osv").resolve(ecosystem.osvName()).resolve("all.zip");
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
        JsonNode record = JSON.readTree(entries.readAllBytes());
        for (JsonNode affected : record.path("affected").values()) {
          String raw = affected.path("package").path("ecosystem").asString("");
          if (Ecosystem.fromOsv(raw).orElse(null) == ecosystem) {
            sink.accept(record.path("id").asString(), toModel(ecosystem, raw, affected));
          }
        }
      }
    }
  }

  /** The entries of one record, from its ecosystem's zip, that name {@code packageName}. */
  static List<AffectedPackage> read(Ecosystem ecosystem, String id, String packageName)
      throws IOException {
    Path zip =
        sharedDir().resolve("advisories/osv").resolve(ecosystem.osvName()).resolve("all.zip");
    try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
      ZipEntry entry = file.getEntry(id + ".json");
      JsonNode record = JSON.readTree(file.getInputStream(entry).readAllBytes());
      List<AffectedPackage> result = new ArrayList<>();
      for (JsonNode affected : record.path("affected").values()) {
        String raw = affected.path("package").path("ecosystem").asString("");
        if (packageName.equals(affected.path("package").path("name").asString(""))) {
          result.add(toModel(ecosystem, raw, affected));
        }
      }
      return result;
    }
  }

  private static AffectedPackage toModel(Ecosystem ecosystem, String raw, JsonNode affected) {
    List<AffectedRange> ranges = new ArrayList<>();
    for (JsonNode r : affected.path("ranges").values()) {
      List<RangeEvent> events = new ArrayList<>();
      for (JsonNode event : r.path("events").values()) {
        for (Map.Entry<String, JsonNode> kv : event.properties()) {
          events.add(
              new RangeEvent(
                  RangeEvent.Kind.valueOf(kv.getKey().toUpperCase(Locale.ROOT)),
                  kv.getValue().asString()));
        }
      }
      ranges.add(
          new AffectedRange(
              AffectedRange.Type.valueOf(r.path("type").asString()),
              r.path("repo").asString(null),
              events));
    }
    List<String> versions = new ArrayList<>();
    for (JsonNode v : affected.path("versions").values()) {
      versions.add(v.asString());
    }
    return new AffectedPackage(
        ecosystem,
        raw,
        affected.path("package").path("name").asString(null),
        affected.path("package").path("purl").asString(null),
        ranges,
        versions);
  }
}
