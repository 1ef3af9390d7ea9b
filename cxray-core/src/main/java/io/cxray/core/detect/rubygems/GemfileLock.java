package io.cxray.core.detect.rubygems;

import io.cxray.core.detect.ParseResultBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a Gemfile.lock, read line by line. See Bundler's <a
 * href="https://github.com/rubygems/rubygems/blob/master/bundler/lib/bundler/lockfile_parser.rb">lockfile_parser.rb</a>.
 */
record GemfileLock(List<Spec> specs, List<String> directNames, String bundlerVersion) {
  enum SourceKind {
    GEM,
    GIT,
    PATH,
    PLUGIN
  }

  record Source(SourceKind kind, String remote, String revision) {}

  record Spec(
      String name,
      String version,
      String platform,
      Source source,
      List<String> dependencies,
      int line,
      String sha256) {}

  // "    name (version[-platform])" with 4 spaces; Bundler splits version and platform at the first
  // '-' (NAME_VERSION in lockfile_parser.rb).
  private static final Pattern SPEC =
      Pattern.compile("^ {4}(?! )(\\S+) \\(([^-)]*)(?:-([^)]*))?\\)$");
  private static final Pattern DEP = Pattern.compile("^ {6}(?! )(\\S+)(?: \\(.*\\))?$");
  private static final Pattern DIRECT = Pattern.compile("^ {2}(?! )(\\S+?)(!)?(?: \\(.*\\))?$");
  private static final Pattern CHECKSUM =
      Pattern.compile("^ {2}(?! )(\\S+) \\(([^)]*)\\)(?: .*?sha256=([0-9a-f]{64}).*)?$");
  private static final Pattern KEY_VALUE = Pattern.compile("^ {2}(remote|revision): (.*)$");

  static GemfileLock read(List<String> lines, ParseResultBuilder out) {
    List<MutableSpec> specs = new ArrayList<>();
    List<String> direct = new ArrayList<>();
    Map<String, String> checksums = new HashMap<>();
    String bundler = null;
    String section = "";
    SourceKind kind = null;
    String remote = null;
    String revision = null;
    MutableSpec current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (!line.startsWith(" ")) {
        section = line.trim();
        kind = sourceKind(section);
        remote = null;
        revision = null;
        current = null;
        continue;
      }
      if (kind != null) {
        Matcher kv = KEY_VALUE.matcher(line);
        if (kv.matches()) {
          if (kv.group(1).equals("remote")) {
            remote = kv.group(2).trim();
          } else {
            revision = kv.group(2).trim();
          }
          continue;
        }
        Matcher spec = SPEC.matcher(line);
        Matcher dep = DEP.matcher(line);
        if (spec.matches()) {
          current =
              new MutableSpec(
                  spec.group(1),
                  spec.group(2),
                  spec.group(3),
                  new Source(kind, remote, revision),
                  i + 1);
          specs.add(current);
        } else if (dep.matches() && current != null) {
          current.dependencies.add(dep.group(1));
        } else if (!line.trim().endsWith(":") && !line.trim().contains(": ")) {
          out.warn("line " + (i + 1) + " in " + section + " not understood: " + line.trim());
        }
      } else if (section.equals("DEPENDENCIES")) {
        Matcher m = DIRECT.matcher(line);
        if (m.matches()) {
          direct.add(m.group(1));
        }
      } else if (section.equals("CHECKSUMS")) {
        Matcher m = CHECKSUM.matcher(line);
        if (m.matches() && m.group(3) != null) {
          checksums.put(m.group(1) + " " + m.group(2), m.group(3));
        }
      } else if (section.equals("BUNDLED WITH")) {
        bundler = line.trim();
      }
    }
    List<Spec> result = new ArrayList<>();
    for (MutableSpec s : specs) {
      String full = s.platform == null ? s.version : s.version + "-" + s.platform;
      result.add(
          new Spec(
              s.name,
              s.version,
              s.platform,
              s.source,
              List.copyOf(s.dependencies),
              s.line,
              checksums.get(s.name + " " + full)));
    }
    return new GemfileLock(result, direct, bundler);
  }

  private static SourceKind sourceKind(String header) {
    return switch (header) {
      case "GEM" -> SourceKind.GEM;
      case "GIT" -> SourceKind.GIT;
      case "PATH" -> SourceKind.PATH;
      case "PLUGIN SOURCE" -> SourceKind.PLUGIN;
      default -> null;
    };
  }

  private static final class MutableSpec {
    final String name;
    final String version;
    final String platform;
    final Source source;
    final int line;
    final List<String> dependencies = new ArrayList<>();

    MutableSpec(String name, String version, String platform, Source source, int line) {
      this.name = name;
      this.version = version;
      this.platform = platform;
      this.source = source;
      this.line = line;
    }
  }
}
