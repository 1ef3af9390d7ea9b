package io.cxray.core.misconfig.host;

import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an sshd configuration as <a href="https://man.openbsd.org/sshd_config">sshd_config(5)</a>
 * defines it: keywords are case-insensitive, the first value obtained for a keyword wins, {@code
 * Include} inserts the matching files (glob, lexical order) at that point, and a {@code Match}
 * block holds until the next {@code Match} or the end of the file.
 *
 * <p>In a source tree, {@code Include} paths are resolved inside the tree: a relative path or one
 * under {@code /etc/ssh/} is taken relative to the directory of the main file; any other absolute
 * path relative to the tree root. Includes never leave the tree; depth is bounded.
 *
 * <p>The result ({@code sshd}): {@code global} (keyword in lower case to an entry with {@code
 * keyword}, {@code value}, {@code line}, in the file it came from), {@code matches} (per Match
 * block: {@code criteria} and its own {@code settings}), {@code contexts} (global first, then each
 * Match, each with {@code name} and {@code settings}), {@code root} (true for a main {@code
 * sshd_config}, false for a drop-in read alone) and {@code files} (every file read).
 */
public final class SshdConfigReader {
  private static final int MAX_INCLUDE_DEPTH = 16;

  private final TreeFiles tree;
  private final Set<String> read = new LinkedHashSet<>();
  private final List<String> warnings = new ArrayList<>();
  private PositionedMap global;
  private PositionedList matches;
  private PositionedMap currentMatch;

  public SshdConfigReader(TreeFiles tree) {
    this.tree = tree;
  }

  /** Reads {@code file} and what it includes. */
  public PositionedMap read(String file, boolean root) {
    global = new PositionedMap(0, file);
    matches = new PositionedList(0);
    currentMatch = null;
    readFile(file, dirOf(file), 0);
    PositionedMap sshd = new PositionedMap(0, file);
    PositionedList contexts = new PositionedList(0);
    PositionedMap g = new PositionedMap(0, file);
    g.put("name", "global", 0);
    g.put("settings", global, 0);
    contexts.add(g, 0);
    for (Object m : matches) {
      contexts.add(m, ((PositionedMap) m).line());
    }
    sshd.put("global", global, 0);
    sshd.put("matches", matches, 0);
    sshd.put("contexts", contexts, 0);
    sshd.put("root", root, 0);
    PositionedList files = new PositionedList(0);
    read.forEach(f -> files.add(f, 0));
    sshd.put("files", files, 0);
    return sshd;
  }

  /** Files read so far (the main file and its includes). */
  public Set<String> filesRead() {
    return read;
  }

  public List<String> warnings() {
    return warnings;
  }

  private void readFile(String file, String baseDir, int depth) {
    if (depth > MAX_INCLUDE_DEPTH || !read.add(file)) {
      return;
    }
    String text = tree.read(file).orElse("");
    for (ConfigLine cl : ConfigLine.read(text, "#", false)) {
      String[] kv = splitKeyword(cl.text());
      String keyword = kv[0].toLowerCase(Locale.ROOT);
      if (keyword.equals("include")) {
        for (String pattern : kv[1].trim().split("\\s+")) {
          for (String inc : resolve(pattern, baseDir)) {
            readFile(inc, baseDir, depth + 1);
          }
        }
      } else if (keyword.equals("match")) {
        currentMatch = new PositionedMap(cl.line(), file);
        currentMatch.put("name", "Match " + kv[1], cl.line());
        currentMatch.put("criteria", kv[1], cl.line());
        currentMatch.put("settings", new PositionedMap(cl.line(), file), cl.line());
        matches.add(currentMatch, cl.line());
      } else {
        PositionedMap settings =
            currentMatch == null ? global : (PositionedMap) currentMatch.get("settings");
        if (!settings.containsKey(keyword)) {
          PositionedMap entry = new PositionedMap(cl.line(), file);
          entry.put("keyword", kv[0], cl.line());
          entry.put("value", unquote(kv[1].trim()), cl.line());
          entry.put("line", (long) cl.line(), cl.line());
          settings.put(keyword, entry, cl.line());
        }
      }
    }
  }

  /** Keyword and arguments, separated by blanks or one '=' (sshd_config(5)). */
  private static String[] splitKeyword(String line) {
    int i = 0;
    while (i < line.length() && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '=') {
      i++;
    }
    String rest = line.substring(i).strip();
    if (rest.startsWith("=")) {
      rest = rest.substring(1).strip();
    }
    return new String[] {line.substring(0, i), rest};
  }

  private List<String> resolve(String pattern, String baseDir) {
    String p = pattern;
    if (p.startsWith("/etc/ssh/")) {
      p = join(baseDir, p.substring("/etc/ssh/".length()));
    } else if (p.startsWith("/")) {
      p = p.substring(1);
    } else {
      p = join(baseDir, p);
    }
    p = Path.of(p).normalize().toString().replace('\\', '/');
    if (p.startsWith("..")) {
      warnings.add("Include " + pattern + " points outside the scanned tree; not followed");
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + p);
    List<String> out = new ArrayList<>();
    for (String f : tree.paths()) {
      if (matcher.matches(Path.of(f))) {
        out.add(f);
      }
    }
    return out;
  }

  private static String join(String dir, String rel) {
    return dir.isEmpty() ? rel : dir + "/" + rel;
  }

  static String dirOf(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }
}
