package io.cxray.core.version;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Maven versions, ordered as maven-artifact 3.9's <a
 * href="https://maven.apache.org/ref/3.9.12/maven-artifact/apidocs/org/apache/maven/artifact/versioning/ComparableVersion.html">ComparableVersion</a>
 * does. Every non-blank string is a Maven version.
 *
 * <p>The string is cut at {@code .}, at {@code -} and at each switch between digits and letters; a
 * {@code -} or a switch opens a nested list, so {@code 1-1} sorts below {@code 1.1}. Numbers
 * compare numerically, qualifiers in the order {@code alpha < beta < milestone < rc = cr < snapshot
 * < "" = ga = final = release < sp < any other (alphabetically)}, and {@code a}, {@code b}, {@code
 * m} directly followed by a digit mean alpha, beta, milestone. Trailing zeros and release
 * qualifiers are dropped ({@code 1.0.0 = 1 = 1-ga}). Missing parts compare as padding: a number
 * pads as 0, a qualifier against the release qualifier.
 *
 * <p>One quirk is kept on purpose: ComparableVersion classes a number by its digit count (up to 9,
 * up to 18, more) and ranks a wider class above a narrower one whatever the values, so {@code
 * 1.0000000000.1} (ten zeros) sorts above {@code 1.0.1}.
 */
public final class MavenScheme extends ParsingVersionScheme<MavenScheme.ItemList> {
  private static final List<String> QUALIFIERS =
      List.of("alpha", "beta", "milestone", "rc", "snapshot", "", "sp");
  private static final String RELEASE_RANK = String.valueOf(QUALIFIERS.indexOf(""));

  /** One token of a parsed version. */
  sealed interface Item permits Num, Qualifier, ItemList, MutableList {
    boolean isNull();
  }

  /** A number; {@code width} is 0, 1 or 2 for ComparableVersion's int, long and big classes. */
  record Num(String digits, int width) implements Item {
    @Override
    public boolean isNull() {
      return DigitStrings.isZero(digits);
    }
  }

  /** A qualifier, already mapped through aliases; {@code rank} is its comparable form. */
  record Qualifier(String value, String rank) implements Item {
    @Override
    public boolean isNull() {
      return rank.equals(RELEASE_RANK);
    }
  }

  /** A list of items; the version itself and each {@code -} or digit/letter switch. */
  record ItemList(List<Item> items) implements Item {
    @Override
    public boolean isNull() {
      return items.isEmpty();
    }
  }

  @Override
  public String name() {
    return "maven";
  }

  @Override
  ItemList parse(String version) {
    if (version.isBlank()) {
      return null;
    }
    return new Parser(version.toLowerCase(Locale.ENGLISH)).parse();
  }

  @Override
  int compareParsed(ItemList a, ItemList b) {
    return compareItems(a, b);
  }

  /** Compares two items; {@code b} may be null, meaning padding. */
  private static int compareItems(Item a, Item b) {
    if (a instanceof Num n) {
      return compareNum(n, b);
    }
    if (a instanceof Qualifier q) {
      return compareQualifier(q, b);
    }
    return compareList((ItemList) a, b);
  }

  private static int compareNum(Num a, Item b) {
    if (b == null) {
      return a.isNull() ? 0 : 1;
    }
    if (b instanceof Num n) {
      return a.width() != n.width()
          ? Integer.compare(a.width(), n.width())
          : DigitStrings.compare(a.digits(), n.digits());
    }
    return 1;
  }

  private static int compareQualifier(Qualifier a, Item b) {
    if (b == null) {
      return Integer.signum(a.rank().compareTo(RELEASE_RANK));
    }
    if (b instanceof Qualifier q) {
      return Integer.signum(a.rank().compareTo(q.rank()));
    }
    return -1;
  }

  private static int compareList(ItemList a, Item b) {
    if (b == null) {
      for (Item item : a.items()) {
        int c = compareItems(item, null);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }
    if (b instanceof Num) {
      return -1;
    }
    if (b instanceof Qualifier) {
      return 1;
    }
    List<Item> left = a.items();
    List<Item> right = ((ItemList) b).items();
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      Item l = i < left.size() ? left.get(i) : null;
      Item r = i < right.size() ? right.get(i) : null;
      int c = l == null ? -compareItems(r, null) : compareItems(l, r);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static Qualifier qualifier(String value, boolean followedByDigit) {
    String v = value;
    if (followedByDigit && v.length() == 1) {
      v =
          switch (v.charAt(0)) {
            case 'a' -> "alpha";
            case 'b' -> "beta";
            case 'm' -> "milestone";
            default -> v;
          };
    }
    v =
        switch (v) {
          case "ga", "final", "release" -> "";
          case "cr" -> "rc";
          default -> v;
        };
    int index = QUALIFIERS.indexOf(v);
    return new Qualifier(v, index < 0 ? QUALIFIERS.size() + "-" + v : String.valueOf(index));
  }

  private static Num number(String digits) {
    // ComparableVersion strips leading zeros except from an all-zero run, then classes by length.
    int i = 0;
    while (i < digits.length() && digits.charAt(i) == '0') {
      i++;
    }
    String stripped = i == digits.length() ? digits : digits.substring(i);
    int width = stripped.length() <= 9 ? 0 : stripped.length() <= 18 ? 1 : 2;
    return new Num(stripped, width);
  }

  private static Item token(boolean digit, String text) {
    return digit ? number(text) : qualifier(text, false);
  }

  /** The tokenizer of ComparableVersion.parseVersion, building mutable lists, then freezing. */
  private static final class Parser {
    private final String version;
    private final List<Item> root = new ArrayList<>();
    private final Deque<List<Item>> opened = new ArrayDeque<>();
    private List<Item> list = root;

    Parser(String version) {
      this.version = version;
      opened.push(root);
    }

    ItemList parse() {
      boolean digit = false;
      int start = 0;
      for (int i = 0; i < version.length(); i++) {
        char c = version.charAt(i);
        if (c == '.' || c == '-') {
          list.add(i == start ? number("0") : token(digit, version.substring(start, i)));
          start = i + 1;
          if (c == '-') {
            openList();
          }
        } else if (Character.isDigit(c)) {
          if (!digit && i > start) {
            if (!list.isEmpty()) {
              openList();
            }
            list.add(qualifier(version.substring(start, i), true));
            start = i;
            openList();
          }
          digit = true;
        } else {
          if (digit && i > start) {
            list.add(number(version.substring(start, i)));
            start = i;
            openList();
          }
          digit = false;
        }
      }
      if (version.length() > start) {
        if (!digit && !list.isEmpty()) {
          openList();
        }
        list.add(token(digit, version.substring(start)));
      }
      while (!opened.isEmpty()) {
        normalize(opened.pop());
      }
      return freeze(root);
    }

    private void openList() {
      List<Item> child = new ArrayList<>();
      list.add(new MutableList(child));
      opened.push(child);
      list = child;
    }

    /** Drops trailing null items (0, release qualifier, empty list), looking past nested lists. */
    private static void normalize(List<Item> items) {
      for (int i = items.size() - 1; i >= 0; i--) {
        Item last = items.get(i);
        if (last.isNull()) {
          items.remove(i);
        } else if (!(last instanceof MutableList)) {
          break;
        }
      }
    }

    private static ItemList freeze(List<Item> items) {
      List<Item> frozen = new ArrayList<>(items.size());
      for (Item item : items) {
        frozen.add(item instanceof MutableList m ? freeze(m.items) : item);
      }
      return new ItemList(List.copyOf(frozen));
    }
  }

  /** A list still being filled by the parser; its emptiness is read live by normalize. */
  private record MutableList(List<Item> items) implements Item {
    @Override
    public boolean isNull() {
      return items.isEmpty();
    }
  }
}
