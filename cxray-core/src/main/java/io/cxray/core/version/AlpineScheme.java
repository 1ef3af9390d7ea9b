package io.cxray.core.version;

import java.util.ArrayList;
import java.util.List;

/**
 * Alpine package versions, as apk-tools reads and orders them (<a
 * href="https://gitlab.alpinelinux.org/alpine/apk-tools/-/blob/master/src/version.c">src/version.c</a>):
 * {@code digit{.digit}...{letter}{_suffix{number}}...{~hash}{-rN}}.
 *
 * <p>The string is a sequence of tokens of increasing kind: the first number, further {@code
 * .}numbers, one lower-case letter, {@code _} suffixes with optional numbers ({@code _alpha < _beta
 * < _pre < _rc <} no suffix {@code < _cvs < _svn < _git < _hg < _p}), a {@code ~} commit hash, and
 * the {@code -r} package revision. Tokens of the same kind compare pairwise: numbers numerically,
 * except that a {@code .}number with a leading zero compares as a string against the other ({@code
 * 1.01 < 1.1}, {@code 1.0 < 1.00}); letters and hashes by character. When one version runs out of
 * tokens or switches to a later kind first, it is the smaller, unless the other continues with a
 * pre-release suffix ({@code 1.0_rc1 < 1.0}). The hash is lower-case hex ({@code 0-9a-f}).
 *
 * <p>Deliberate differences from apk-tools (docs/versions.md): numbers of any length compare
 * exactly (apk reads them into a {@code uint64_t} that wraps); an empty suffix ({@code 1.0_},
 * {@code 1_0}) is not a version, as in apk-tools' current {@code suffix_value} (older revisions,
 * such as commit 5e91e63a, read it as "no suffix"); and characters outside ASCII are never part of
 * a version (apk's character table counts every byte above 0x7f as a hex digit and a suffix
 * letter).
 */
public final class AlpineScheme extends ParsingVersionScheme<List<AlpineScheme.Token>> {
  /** Token kinds in the order apk-tools requires them; END closes every valid version. */
  enum Kind {
    INITIAL_DIGIT,
    DIGIT,
    LETTER,
    SUFFIX,
    SUFFIX_NUMBER,
    COMMIT_HASH,
    REVISION,
    END
  }

  /** Pre-release suffixes rank below NONE, post-release ones above. */
  private static final List<String> SUFFIXES =
      List.of("alpha", "beta", "pre", "rc", "", "cvs", "svn", "git", "hg", "p");

  private static final int SUFFIX_NONE = SUFFIXES.indexOf("");

  /** One token; {@code text} is the digits, letter, suffix name or hash. */
  record Token(Kind kind, String text) {}

  @Override
  public String name() {
    return "alpine";
  }

  @Override
  List<Token> parse(String version) {
    List<Token> tokens = new ArrayList<>();
    int i = digitsEnd(version, 0);
    if (i == 0) {
      return null;
    }
    tokens.add(new Token(Kind.INITIAL_DIGIT, version.substring(0, i)));
    Kind last = Kind.INITIAL_DIGIT;
    while (i < version.length()) {
      char c = version.charAt(i);
      int end;
      Kind kind;
      String text;
      if (c >= 'a' && c <= 'z' && last.compareTo(Kind.DIGIT) <= 0) {
        kind = Kind.LETTER;
        end = i + 1;
        text = version.substring(i, end);
      } else if (c == '.' && last.compareTo(Kind.DIGIT) <= 0) {
        kind = Kind.DIGIT;
        end = digitsEnd(version, i + 1);
        text = version.substring(i + 1, end);
      } else if (c >= '0' && c <= '9' && last == Kind.SUFFIX) {
        kind = Kind.SUFFIX_NUMBER;
        end = digitsEnd(version, i);
        text = version.substring(i, end);
      } else if (c == '_' && last.compareTo(Kind.SUFFIX_NUMBER) <= 0) {
        kind = Kind.SUFFIX;
        end = lowerEnd(version, i + 1);
        text = version.substring(i + 1, end);
        if (text.isEmpty() || SUFFIXES.indexOf(text) < 0) {
          return null;
        }
      } else if (c == '~' && last.compareTo(Kind.COMMIT_HASH) < 0) {
        kind = Kind.COMMIT_HASH;
        end = hexEnd(version, i + 1);
        text = version.substring(i + 1, end);
      } else if (c == '-' && last.compareTo(Kind.REVISION) < 0 && version.startsWith("-r", i)) {
        kind = Kind.REVISION;
        end = digitsEnd(version, i + 2);
        text = version.substring(i + 2, end);
      } else {
        return null;
      }
      if (text.isEmpty()) {
        return null;
      }
      tokens.add(new Token(kind, text));
      last = kind;
      i = end;
    }
    tokens.add(new Token(Kind.END, ""));
    return List.copyOf(tokens);
  }

  @Override
  int compareParsed(List<Token> a, List<Token> b) {
    int i = 0;
    while (a.get(i).kind() == b.get(i).kind() && a.get(i).kind() != Kind.END) {
      int c = compareToken(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
      i++;
    }
    Token ta = a.get(i);
    Token tb = b.get(i);
    if (ta.kind() == tb.kind()) {
      return 0;
    }
    if (isPreRelease(ta)) {
      return -1;
    }
    if (isPreRelease(tb)) {
      return 1;
    }
    return ta.kind().compareTo(tb.kind()) > 0 ? -1 : 1;
  }

  private static boolean isPreRelease(Token t) {
    return t.kind() == Kind.SUFFIX && SUFFIXES.indexOf(t.text()) < SUFFIX_NONE;
  }

  private static int compareToken(Token a, Token b) {
    switch (a.kind()) {
      case DIGIT:
        if (a.text().charAt(0) == '0' || b.text().charAt(0) == '0') {
          return Integer.signum(a.text().compareTo(b.text()));
        }
        return DigitStrings.compare(a.text(), b.text());
      case INITIAL_DIGIT:
      case SUFFIX_NUMBER:
      case REVISION:
        return DigitStrings.compare(a.text(), b.text());
      case SUFFIX:
        return Integer.compare(SUFFIXES.indexOf(a.text()), SUFFIXES.indexOf(b.text()));
      default:
        return Integer.signum(a.text().compareTo(b.text()));
    }
  }

  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static int lowerEnd(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      i++;
    }
    return i;
  }

  /** apk's hex class is {@code 0-9a-f} only: an upper-case letter ends the hash. */
  private static int hexEnd(String s, int from) {
    int i = from;
    while (i < s.length() && isLowerHex(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isLowerHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
}
