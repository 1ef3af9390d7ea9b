package io.cxray.core.misconfig.dockerfile;

import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile into instructions with their lines, following the <a
 * href="https://docs.docker.com/reference/dockerfile/">Dockerfile reference</a>: parser directives
 * ({@code # syntax=}, {@code # escape=}) only before the first instruction, comment and blank lines
 * dropped even inside a continuation, the escape character ending a line continues it, and BuildKit
 * heredocs ({@code <<EOF}, {@code <<-EOF}, quoted delimiters) take the following lines up to the
 * delimiter.
 *
 * <p>Each instruction is a map: {@code cmd} (upper case), {@code value} (the text after the flags),
 * {@code flags} ({@code --name=value}), {@code json} (exec form), {@code args} (the exec-form
 * array, or the value split on blanks), {@code script} (shell text: the value plus heredoc bodies),
 * {@code pairs} (ENV/ARG/LABEL {@code key}/{@code value}), {@code stage} and {@code line}.
 */
public final class DockerfileParser {
  private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-zA-Z]+)\\s*=\\s*(\\S+)\\s*");
  private static final Pattern HEREDOC =
      Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");

  private DockerfileParser() {}

  public static DockerfileModel parse(String text) {
    String[] lines = text.split("\r?\n", -1);
    char escape = '\\';
    String syntax = "";
    int i = 0;
    for (; i < lines.length; i++) {
      Matcher m = DIRECTIVE.matcher(lines[i].trim());
      if (!m.matches()) {
        break;
      }
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (name.equals("escape") && m.group(2).equals("`")) {
        escape = '`';
      } else if (name.equals("syntax")) {
        syntax = m.group(2);
      }
    }
    List<PositionedMap> instructions = new ArrayList<>();
    while (i < lines.length) {
      String trimmed = lines[i].strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        i++;
        continue;
      }
      int start = i + 1;
      StringBuilder logical = new StringBuilder();
      String current = lines[i];
      i++;
      while (endsWithEscape(current, escape)) {
        logical.append(stripEscape(current, escape)).append(' ');
        while (i < lines.length
            && (lines[i].isBlank() || lines[i].strip().startsWith("#"))
            && i + 1 < lines.length) {
          i++;
        }
        if (i >= lines.length) {
          current = "";
          break;
        }
        current = lines[i++];
      }
      logical.append(current);
      List<String> bodies = new ArrayList<>();
      Matcher h = HEREDOC.matcher(logical);
      while (h.find()) {
        boolean stripTabs = !h.group(1).isEmpty();
        String delimiter = h.group(3);
        StringBuilder body = new StringBuilder();
        while (i < lines.length) {
          String l = stripTabs ? lines[i].replaceFirst("^\t+", "") : lines[i];
          i++;
          if (l.equals(delimiter)) {
            break;
          }
          body.append(l).append('\n');
        }
        bodies.add(body.toString());
      }
      instructions.add(InstructionReader.read(logical.toString().strip(), start, bodies));
    }
    return StageBuilder.build(instructions, syntax);
  }

  private static boolean endsWithEscape(String line, char escape) {
    String s = line.stripTrailing();
    return !s.isEmpty() && s.charAt(s.length() - 1) == escape && !s.strip().startsWith("#");
  }

  private static String stripEscape(String line, char escape) {
    String s = line.stripTrailing();
    return s.substring(0, s.length() - 1);
  }

  /**
   * The parsed file: stages in order, all instructions, the last stage, and the syntax directive.
   */
  public record DockerfileModel(
      PositionedList stages,
      PositionedList instructions,
      PositionedMap finalStage,
      String syntax) {}
}
