package io.cxray.core.detect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for line-oriented lockfiles and for paths. */
public final class TextLines {
  private TextLines() {}

  /** The last segment of a '/'-separated path. */
  public static String fileName(String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? relativePath : relativePath.substring(slash + 1);
  }

  /** The directory part of a '/'-separated path, with a trailing '/', or "" at the top. */
  public static String directory(String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? "" : relativePath.substring(0, slash + 1);
  }

  /** The content as UTF-8 lines, without line terminators (CRLF and LF both end a line). */
  public static List<String> lines(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return List.of(text.split("\r?\n", -1));
  }

  /** The 1-based numbers of the lines whose trimmed text starts with {@code prefix}. */
  public static List<Integer> linesStartingWith(byte[] content, String prefix) {
    List<Integer> found = new ArrayList<>();
    List<String> lines = lines(content);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().startsWith(prefix)) {
        found.add(i + 1);
      }
    }
    return found;
  }

  /** The first line of a possibly multi-line message, for warnings. */
  public static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
