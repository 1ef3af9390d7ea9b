package io.cxray.core.version;

/** JavaScript's notion of white space ({@code \s}, {@code String.prototype.trim}). */
final class JsWhitespace {
  private JsWhitespace() {}

  static boolean is(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && is(s.charAt(start))) {
      start++;
    }
    while (end > start && is(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }
}
