package io.cxray.core.misconfig.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a POSIX shell script into simple commands: words with quotes removed, split at {@code ;},
 * {@code &&}, {@code ||}, {@code &}, {@code |} and newlines. It does not expand anything; {@code
 * $(...)} and backticks stay inside their word. Enough to tell what a RUN line runs, and what a
 * pipe feeds (<a
 * href="https://pubs.opengroup.org/onlinepubs/9799919799/utilities/V3_chap02.html">Shell Command
 * Language</a>).
 */
public final class ShellCommands {
  private ShellCommands() {}

  /**
   * One simple command.
   *
   * @param words its words, unquoted
   * @param pipedInto true when the previous command's output is piped into this one
   */
  public record Command(List<String> words, boolean pipedInto) {
    public String name() {
      return words.isEmpty() ? "" : baseName(words.get(0));
    }

    public String text() {
      return String.join(" ", words);
    }
  }

  public static List<Command> split(String script) {
    List<Command> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    boolean piped = false;
    int depth = 0;
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      if (c == '\'') {
        int end = script.indexOf('\'', i + 1);
        end = end < 0 ? script.length() : end;
        word.append(script, i + 1, end);
        inWord = true;
        i = end;
      } else if (c == '"') {
        int j = i + 1;
        while (j < script.length() && script.charAt(j) != '"') {
          if (script.charAt(j) == '\\' && j + 1 < script.length()) {
            j++;
          }
          word.append(script.charAt(j));
          j++;
        }
        inWord = true;
        i = j;
      } else if (c == '\\' && i + 1 < script.length()) {
        char n = script.charAt(++i);
        if (n != '\n') {
          word.append(n);
          inWord = true;
        }
      } else if (c == '$' && i + 1 < script.length() && script.charAt(i + 1) == '(') {
        depth++;
        word.append("$(");
        inWord = true;
        i++;
      } else if (c == ')' && depth > 0) {
        depth--;
        word.append(c);
      } else if (depth == 0 && (c == ';' || c == '&' || c == '|' || c == '\n')) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        if (!words.isEmpty()) {
          out.add(new Command(List.copyOf(words), piped));
          words.clear();
        }
        boolean doubled = i + 1 < script.length() && script.charAt(i + 1) == c;
        piped = c == '|' && !doubled;
        if (doubled) {
          i++;
        }
      } else if (Character.isWhitespace(c) && depth == 0) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    if (!words.isEmpty()) {
      out.add(new Command(List.copyOf(words), piped));
    }
    return out;
  }

  private static String baseName(String w) {
    int slash = w.lastIndexOf('/');
    return slash < 0 ? w : w.substring(slash + 1);
  }
}
