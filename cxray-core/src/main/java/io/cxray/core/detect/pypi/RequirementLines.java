package io.cxray.core.detect.pypi;

import java.util.ArrayList;
import java.util.List;

/**
 * The logical lines of a pip requirements file (<a
 * href="https://pip.pypa.io/en/stable/reference/requirements-file-format/">format</a>): a trailing
 * backslash joins the next line, and {@code #} at the start of a line or after whitespace starts a
 * comment. pip-compile's {@code # via} comments on the following lines are kept, since they tell
 * direct requirements from transitive ones.
 */
final class RequirementLines {
  /**
   * One logical line.
   *
   * @param text the line without comment, continuations joined
   * @param line the 1-based number of its first physical line
   * @param via what pip-compile says pulled it in (the {@code # via} names), possibly empty
   */
  record Line(String text, int line, List<String> via) {}

  private RequirementLines() {}

  static List<Line> split(String content) {
    String[] physical = content.split("\r?\n", -1);
    List<Line> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int start = -1;
    for (int i = 0; i < physical.length; i++) {
      String raw = physical[i];
      String noComment = stripComment(raw);
      if (start < 0) {
        start = i;
      }
      if (noComment.endsWith("\\")) {
        current.append(noComment, 0, noComment.length() - 1).append(' ');
        continue;
      }
      current.append(noComment);
      String text = current.toString().trim();
      if (!text.isEmpty()) {
        out.add(new Line(text, start + 1, new ArrayList<>()));
      } else if (!out.isEmpty()) {
        collectVia(raw.trim(), out.get(out.size() - 1).via());
      }
      current.setLength(0);
      start = -1;
    }
    return out;
  }

  private static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i).stripTrailing();
      }
    }
    return line.stripTrailing();
  }

  // "# via flask" or "# via\n#   flask\n#   -r requirements.in"
  private static void collectVia(String comment, List<String> via) {
    if (!comment.startsWith("#")) {
      return;
    }
    String body = comment.substring(1).trim();
    if (body.startsWith("via")) {
      body = body.substring(3).trim();
      via.add("");
    } else if (via.isEmpty()) {
      return;
    }
    if (!body.isEmpty()) {
      via.add(body);
    }
  }
}
