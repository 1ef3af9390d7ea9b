package io.cxray.core.detect.pypi;

import io.cxray.core.detect.DependencyFileParser;
import io.cxray.core.detect.Packages;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.detect.TextContent;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pip requirements files ({@code requirements*.txt}, {@code *requirements.txt}, and {@code
 * .txt} files in a {@code requirements/} folder), following {@code -r} includes and {@code -c}
 * constraint files through the {@link ParseContext}.
 *
 * <p>Only exact pins ({@code ==1.2.3}, {@code ===1.2.3}) are packages; a constraint file's pin
 * counts for an unpinned requirement of the same name. Unpinned, URL, VCS and editable requirements
 * are reported as warnings naming them. pip-compile's {@code # via} comments mark requirements as
 * direct ({@code via -r ...}) or transitive; without them the relationship is unknown. The scope is
 * guessed from the file name ({@code dev}, {@code test}).
 */
public final class RequirementsParser implements DependencyFileParser {
  static final String ID = "pypi/requirements";
  private static final int MAX_INCLUDE_DEPTH = 10;
  private static final Pattern HASH = Pattern.compile("--hash[=\\s]+(\\w+):([0-9a-fA-F]+)");
  private static final Pattern OPTION =
      Pattern.compile("^(-[rc]|--requirement|--constraint)(?:\\s*=?\\s*)(\\S+)$");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Ecosystem ecosystem() {
    return Ecosystem.PYPI;
  }

  @Override
  public boolean matches(String relativePath) {
    String name =
        relativePath.substring(relativePath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (!name.endsWith(".txt")) {
      return false;
    }
    return name.startsWith("requirements")
        || name.endsWith("requirements.txt")
        || relativePath.contains("requirements/");
  }

  @Override
  public ParseResult parse(String file, byte[] content, ParseContext context) {
    if (TextContent.utf8(content).isEmpty()) {
      return ParseResult.failed(file, ID, "not a text file (binary or not UTF-8)");
    }
    Reading r = new Reading(context);
    r.readFile(file, content, 0);
    return new ParseResult(r.packages, List.of(), r.warnings, r.notes);
  }

  /** The state of one parse, across included files. */
  private static final class Reading {
    final ParseContext context;
    final List<Package> packages = new ArrayList<>();
    final List<ParseWarning> warnings = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final Set<String> visited = new HashSet<>();
    final Map<String, Pin> constraints = new HashMap<>();

    record Pin(String version, String file, int line) {}

    Reading(ParseContext context) {
      this.context = context;
    }

    void readFile(String file, byte[] content, int depth) {
      visited.add(file);
      List<RequirementLines.Line> lines =
          RequirementLines.split(new String(content, StandardCharsets.UTF_8));
      // Constraint files first: they apply to the requirements wherever they appear.
      for (RequirementLines.Line l : lines) {
        Matcher m = OPTION.matcher(l.text());
        if (m.matches() && m.group(1).matches("-c|--constraint")) {
          include(file, l, m.group(2), depth, true);
        }
      }
      for (RequirementLines.Line l : lines) {
        Matcher m = OPTION.matcher(l.text());
        if (m.matches()) {
          if (m.group(1).matches("-r|--requirement")) {
            include(file, l, m.group(2), depth, false);
          }
        } else {
          requirement(file, l);
        }
      }
    }

    private void include(
        String from, RequirementLines.Line l, String target, int depth, boolean constraint) {
      String path = resolve(from, target);
      if (path == null || depth >= MAX_INCLUDE_DEPTH) {
        warn(from, l, "cannot follow '" + l.text() + "'");
        return;
      }
      if (visited.contains(path)) {
        return;
      }
      Optional<byte[]> bytes = context.readFile(path);
      if (bytes.isEmpty()) {
        warn(from, l, "included file not found in the tree: " + target);
        return;
      }
      if (constraint) {
        visited.add(path);
        readConstraints(path, bytes.get());
      } else {
        readFile(path, bytes.get(), depth + 1);
      }
    }

    private void readConstraints(String file, byte[] content) {
      for (RequirementLines.Line l :
          RequirementLines.split(new String(content, StandardCharsets.UTF_8))) {
        Pep508 req = Pep508.parse(requirementPart(l.text()));
        if (req != null && req.pinnedVersion() != null) {
          constraints.putIfAbsent(
              PackageNames.normalize(Ecosystem.PYPI, req.name()),
              new Pin(req.pinnedVersion(), file, l.line()));
        }
      }
    }

    private void requirement(String file, RequirementLines.Line l) {
      String text = l.text();
      if (text.startsWith("-e") || text.startsWith("--editable")) {
        warn(file, l, "editable requirement has no version: " + text);
        return;
      }
      if (text.startsWith("-")) {
        return; // a global option such as --index-url or --require-hashes
      }
      Pep508 req = Pep508.parse(requirementPart(text));
      if (req == null) {
        warn(file, l, "URL, path or VCS requirement has no version: " + text);
        return;
      }
      if (req.url() != null) {
        warn(file, l, req.name() + " comes from a URL and has no version: " + req.url());
        return;
      }
      String version = req.pinnedVersion();
      if (version == null) {
        Pin pin = constraints.get(PackageNames.normalize(Ecosystem.PYPI, req.name()));
        if (pin == null) {
          warn(
              file,
              l,
              req.name()
                  + " is not pinned"
                  + (req.specifiers().isEmpty() ? "" : " (" + req.specifiers() + ")")
                  + ": no exact version to report");
          return;
        }
        version = pin.version();
        notes.add(req.name() + " " + version + " is pinned by the constraint file " + pin.file());
      }
      packages.add(
          Packages.of(
              Ecosystem.PYPI,
              req.name(),
              version,
              file,
              l.line(),
              relationship(l.via()),
              scopeOf(file),
              hashes(text)));
    }

    private void warn(String file, RequirementLines.Line l, String message) {
      warnings.add(new ParseWarning(file, ID, "line " + l.line() + ": " + message));
    }
  }

  /**
   * The requirement without per-requirement options ({@code --hash}, {@code --config-settings}).
   */
  static String requirementPart(String text) {
    int option = text.indexOf(" --");
    return (option < 0 ? text : text.substring(0, option)).trim();
  }

  /**
   * The digest of a requirement pinned to one file. pip takes several {@code --hash} options, one
   * per wheel or sdist it may install; which one it installs depends on the machine, so a
   * requirement with several has no single digest (the rule {@link ArtifactHashes} applies to
   * lockfiles).
   */
  private static Map<String, String> hashes(String text) {
    Matcher m = HASH.matcher(text);
    if (!m.find()) {
      return Map.of();
    }
    String alg = ArtifactHashes.algorithm(m.group(1));
    String hex = m.group(2).toLowerCase(Locale.ROOT);
    return alg == null || m.find() ? Map.of() : Map.of(alg, hex);
  }

  private static Relationship relationship(List<String> via) {
    List<String> names = via.stream().filter(v -> !v.isEmpty()).toList();
    if (names.isEmpty()) {
      return Relationship.UNKNOWN;
    }
    return names.stream()
            .anyMatch(v -> v.startsWith("-r") || v.startsWith("-c") || v.endsWith(".in"))
        ? Relationship.DIRECT
        : Relationship.TRANSITIVE;
  }

  private static Scope scopeOf(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.contains("test")) {
      return Scope.TEST;
    }
    return name.contains("dev") ? Scope.DEVELOPMENT : Scope.RUNTIME;
  }

  /** The tree path of {@code target} named in {@code from}, or null when it leaves the tree. */
  private static String resolve(String from, String target) {
    if (target.contains("://") || target.startsWith("/")) {
      return null;
    }
    try {
      Path base = Path.of(from).getParent();
      Path p = (base == null ? Path.of(target) : base.resolve(target)).normalize();
      String s = p.toString().replace('\\', '/');
      return s.startsWith("..") || s.isEmpty() ? null : s;
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }
}
