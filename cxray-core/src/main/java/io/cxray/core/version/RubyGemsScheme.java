package io.cxray.core.version;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RubyGems versions, as <a
 * href="https://github.com/rubygems/rubygems/blob/master/lib/rubygems/version.rb">Gem::Version</a>
 * reads and orders them. A {@code -} means {@code .pre.}; the string splits into runs of digits and
 * runs of letters ({@code 1.0.0.rc1} is {@code 1 0 0 rc 1}); trailing zeros are dropped from the
 * numeric head and from the part after the first letters; then segments compare one by one, missing
 * ones as 0, a letter run below any number (so {@code 1.0.a < 1.0}), letter runs by byte order
 * (case-sensitive), numbers numerically.
 */
public final class RubyGemsScheme extends ParsingVersionScheme<List<Object>> {
  private static final Pattern VALID =
      Pattern.compile("[0-9]+(?>\\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");
  private static final Pattern SEGMENT = Pattern.compile("[0-9]+|[a-zA-Z]+");

  @Override
  public String name() {
    return "rubygems";
  }

  /**
   * The canonical segments: {@link Num} for digit runs, {@link String} for letter runs. A blank
   * string, which Gem::Version reads as {@code 0}, is not accepted here.
   */
  @Override
  List<Object> parse(String version) {
    String s = stripRubySpace(version);
    if (!VALID.matcher(s).matches()) {
      return null;
    }
    List<Object> segments = new ArrayList<>();
    Matcher m = SEGMENT.matcher(s.replace("-", ".pre."));
    while (m.find()) {
      String seg = m.group();
      segments.add(Character.isDigit(seg.charAt(0)) ? new Num(seg) : seg);
    }
    return canonical(segments);
  }

  /** A digit run; compared by value. */
  record Num(String digits) {}

  private static List<Object> canonical(List<Object> segments) {
    int firstString = 0;
    while (firstString < segments.size() && segments.get(firstString) instanceof Num) {
      firstString++;
    }
    List<Object> result = dropTrailingZeros(segments.subList(0, firstString));
    result.addAll(dropTrailingZeros(segments.subList(firstString, segments.size())));
    return List.copyOf(result);
  }

  private static List<Object> dropTrailingZeros(List<Object> part) {
    int end = part.size();
    while (end > 0 && part.get(end - 1) instanceof Num n && DigitStrings.isZero(n.digits())) {
      end--;
    }
    return new ArrayList<>(part.subList(0, end));
  }

  private static String stripRubySpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isRubySpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isRubySpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isRubySpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  @Override
  int compareParsed(List<Object> a, List<Object> b) {
    int n = Math.max(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      Object l = i < a.size() ? a.get(i) : ZERO;
      Object r = i < b.size() ? b.get(i) : ZERO;
      int c = compareSegment(l, r);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static final Num ZERO = new Num("0");

  private static int compareSegment(Object l, Object r) {
    if (l instanceof Num x && r instanceof Num y) {
      return DigitStrings.compare(x.digits(), y.digits());
    }
    if (l instanceof String x && r instanceof String y) {
      return Integer.signum(x.compareTo(y));
    }
    return l instanceof String ? -1 : 1;
  }
}
