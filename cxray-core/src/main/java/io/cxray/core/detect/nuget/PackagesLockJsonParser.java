package io.cxray.core.detect.nuget;

import io.cxray.core.detect.JsonDocument;
import io.cxray.core.detect.JsonValues;
import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseResultBuilder;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Reads NuGet's {@code packages.lock.json} (<a
 * href="https://learn.microsoft.com/en-us/nuget/consume-packages/package-references-in-project-files#locking-dependencies">locking
 * dependencies</a>), lock file versions 1 and 2 (version 2 is written under central package
 * management; it adds {@code CentralTransitive}, the layout is otherwise the same). Each target
 * framework (and {@code tfm/rid} pair) lists packages typed {@code Direct}, {@code Transitive},
 * {@code CentralTransitive} (pinned by central package management) or {@code Project} (a referenced
 * project, which is local code and not reported). A package direct in any framework is direct;
 * frameworks with different resolved versions give one package per version. {@code contentHash} is
 * a base64 SHA-512.
 */
public final class PackagesLockJsonParser extends NamedFileParser {
  public static final String ID = "nuget/packages-lock-json";
  private static final Set<String> KNOWN_VERSIONS = Set.of("1", "2");

  public PackagesLockJsonParser() {
    super(ID, Ecosystem.NUGET, "packages.lock.json");
  }

  @Override
  public ParseResult parse(String relativePath, byte[] content, ParseContext context) {
    ParseResultBuilder out = new ParseResultBuilder(relativePath, ID);
    Optional<JsonDocument> read = JsonDocument.parseOrWarn(content, out);
    if (read.isEmpty()) {
      return out.build();
    }
    JsonDocument doc = read.get();
    JsonNode frameworks = doc.root().path("dependencies");
    if (!frameworks.isObject()) {
      out.warn("no 'dependencies' object (not a packages.lock.json?)");
      return out.build();
    }
    JsonNode lockVersion = doc.root().path("version");
    if (!lockVersion.isMissingNode() && !KNOWN_VERSIONS.contains(lockVersion.asString(""))) {
      // A newer NuGet may change the meaning of entries: read it as version 2, but say so.
      out.warn(
          "lock file version "
              + lockVersion.asString("")
              + " is not one this parser knows (1, 2); read as version 2");
    }
    Map<String, Locked> locked = new LinkedHashMap<>();
    List<String[]> pendingEdges = new ArrayList<>();
    TreeSet<String> projects = new TreeSet<>();
    for (Map.Entry<String, JsonNode> fw : frameworks.properties()) {
      String fwPointer = "/dependencies/" + JsonDocument.segment(fw.getKey());
      Map<String, String> keyByName = new LinkedHashMap<>();
      List<String[]> declared = new ArrayList<>();
      for (Map.Entry<String, JsonNode> dep : fw.getValue().properties()) {
        String name = dep.getKey().toLowerCase(Locale.ROOT);
        JsonNode entry = dep.getValue();
        String type = JsonValues.text(entry.path("type"));
        if (name.isBlank()) {
          out.warn(fw.getKey() + ": an entry has an empty package id; skipped");
          continue;
        }
        if ("Project".equals(type)) {
          // A referenced project is local code; what it depends on comes in through the root.
          projects.add(dep.getKey());
          for (String d : entry.path("dependencies").propertyNames()) {
            declared.add(new String[] {ParseResult.ROOT, d.toLowerCase(Locale.ROOT)});
          }
          continue;
        }
        String version = JsonValues.text(entry.path("resolved"));
        if (version == null) {
          out.warn(fw.getKey() + ": " + dep.getKey() + " has no resolved version; skipped");
          continue;
        }
        String key = PackageNames.toPurl(Ecosystem.NUGET, name, version).toString();
        Locked l =
            locked.computeIfAbsent(
                key,
                k ->
                    new Locked(
                        name,
                        version,
                        doc.lineOf(fwPointer + "/" + JsonDocument.segment(dep.getKey())),
                        JsonValues.text(entry.path("contentHash"))));
        l.direct |= "Direct".equals(type);
        keyByName.put(name, key);
        for (String d : entry.path("dependencies").propertyNames()) {
          declared.add(new String[] {key, d.toLowerCase(Locale.ROOT)});
        }
      }
      for (String[] d : declared) {
        pendingEdges.add(new String[] {d[0], keyByName.get(d[1])});
      }
    }
    for (Locked l : locked.values()) {
      String key =
          out.add(
              Ecosystem.NUGET,
              l.name,
              l.version,
              l.line,
              l.direct ? Relationship.DIRECT : Relationship.TRANSITIVE,
              Scope.RUNTIME,
              sha512(l.contentHash, out));
      if (l.direct) {
        out.edge(ParseResult.ROOT, key);
      }
    }
    for (String[] e : pendingEdges) {
      out.edge(e[0], e[1]);
    }
    out.note("target frameworks: " + new ArrayList<>(frameworks.propertyNames()));
    if (!projects.isEmpty()) {
      out.note("project references (local code), not reported: " + projects);
    }
    return out.build();
  }

  private static Map<String, String> sha512(String base64, ParseResultBuilder out) {
    if (base64 == null) {
      return Map.of();
    }
    try {
      return Map.of("SHA-512", HexFormat.of().formatHex(Base64.getDecoder().decode(base64)));
    } catch (IllegalArgumentException e) {
      out.warn("contentHash is not base64: " + base64);
      return Map.of();
    }
  }

  private static final class Locked {
    final String name;
    final String version;
    final int line;
    final String contentHash;
    boolean direct;

    Locked(String name, String version, int line, String contentHash) {
      this.name = name;
      this.version = version;
      this.line = line;
      this.contentHash = contentHash;
    }
  }
}
