package io.cxray.core.detect.pypi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a <a href="https://peps.python.org/pep-0508/">PEP 508</a> requirement that detection
 * needs: the name, the version specifiers, and whether it pins one exact version ({@code ==1.2.3}
 * or {@code ===1.2.3}, no wildcard).
 *
 * @param name the distribution name as written
 * @param specifiers the version specifiers, e.g. {@code >=2.0,<3}, or "" for none
 * @param url the URL of a {@code name @ url} requirement, or null
 */
public record Pep508(String name, String specifiers, String url) {
  // Every quantifier that could give back characters to a neighbour is atomic or possessive: with
  // plain \s* on both sides of optional parts, a name followed by a long run of white space made
  // the matcher try every split of that run (found by fuzzing the PDM parser: a dependency string
  // with a few hundred tabs took longer than 5 s). The specifiers keep their inner and trailing
  // white space, which parse() removes.
  private static final Pattern REQUIREMENT =
      Pattern.compile(
          "^\\s*+(?>([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?))\\s*+(\\[[^\\]]*+\\])?\\s*+"
              + "(?:@\\s*+(\\S++)|\\(?\\s*+((?:[<>=!~][^;()]*+)?)\\)?)\\s*+(?:;.*)?$");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern PIN = Pattern.compile("^===?\\s*([^\\s,*]+)$");

  /** Parses a requirement; null when it is not one. */
  public static Pep508 parse(String requirement) {
    Matcher m = REQUIREMENT.matcher(requirement);
    if (!m.matches()) {
      return null;
    }
    String specifiers = m.group(4) == null ? "" : WHITE_SPACE.matcher(m.group(4)).replaceAll("");
    return new Pep508(m.group(1), specifiers, m.group(3));
  }

  /** The exact version this requirement pins, or null. */
  public String pinnedVersion() {
    if (url != null) {
      return null;
    }
    Matcher m = PIN.matcher(specifiers);
    return m.matches() ? m.group(1) : null;
  }
}
