package io.cxray.core.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A package URL: {@code pkg:type/namespace/name@version?qualifiers#subpath}.
 *
 * <p>Parsing and rendering follow the <a
 * href="https://github.com/package-url/purl-spec/blob/main/PURL-SPECIFICATION.rst">purl
 * specification</a>: components are percent-decoded when parsed and percent-encoded when rendered;
 * the type is lower-cased; qualifier keys are lower-cased and sorted. Type-specific normalisation
 * (for example lower-casing PyPI names) is the caller's job, since it belongs to the ecosystem.
 *
 * @param type the package type, lower case (never null)
 * @param namespace the namespace (Maven group, npm scope with its {@code @}, Go module path
 *     prefix), or null
 * @param name the name (never null)
 * @param version the version, or null
 * @param qualifiers qualifiers, sorted by key (never null, may be empty)
 * @param subpath the subpath, or null
 */
public record Purl(
    String type,
    String namespace,
    String name,
    String version,
    Map<String, String> qualifiers,
    String subpath) {

  public Purl {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if (type.isEmpty() || name.isEmpty()) {
      throw new IllegalArgumentException("purl type and name must not be empty");
    }
    type = type.toLowerCase(Locale.ROOT);
    namespace = emptyToNull(namespace);
    version = emptyToNull(version);
    subpath = emptyToNull(normaliseSubpath(subpath));
    qualifiers =
        qualifiers == null || qualifiers.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(qualifiers));
  }

  /** A purl without qualifiers or subpath. */
  public static Purl of(String type, String namespace, String name, String version) {
    return new Purl(type, namespace, name, version, Map.of(), null);
  }

  /**
   * Parses a purl string.
   *
   * @throws IllegalArgumentException when the string is not a valid purl
   */
  public static Purl parse(String s) {
    if (s == null) {
      throw new IllegalArgumentException("purl is null");
    }
    String rest = s.trim();
    if (!rest.regionMatches(true, 0, "pkg:", 0, 4)) {
      throw new IllegalArgumentException("purl must start with 'pkg:': " + s);
    }
    rest = rest.substring(4);
    while (rest.startsWith("/")) {
      rest = rest.substring(1);
    }
    String subpath = null;
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      subpath = trimSlashes(decodePath(rest.substring(hash + 1)));
      rest = rest.substring(0, hash);
    }
    Map<String, String> qualifiers = new TreeMap<>();
    int q = rest.indexOf('?');
    if (q >= 0) {
      for (String pair : rest.substring(q + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("purl qualifier without a value: " + pair);
        }
        String value = decode(pair.substring(eq + 1));
        if (!value.isEmpty()) {
          qualifiers.put(pair.substring(0, eq).toLowerCase(Locale.ROOT), value);
        }
      }
      rest = rest.substring(0, q);
    }
    int slash = rest.indexOf('/');
    if (slash <= 0) {
      throw new IllegalArgumentException("purl has no type or no name: " + s);
    }
    String type = rest.substring(0, slash);
    if (!type.matches("[A-Za-z][A-Za-z0-9.+-]*")) {
      throw new IllegalArgumentException("purl type is not valid: " + type);
    }
    rest = trimSlashes(rest.substring(slash + 1));
    String version = null;
    int at = rest.lastIndexOf('@');
    if (at >= 0 && at > rest.lastIndexOf('/')) {
      version = decode(rest.substring(at + 1));
      rest = rest.substring(0, at);
    }
    int lastSlash = rest.lastIndexOf('/');
    String name = decode(rest.substring(lastSlash + 1));
    String namespace = lastSlash < 0 ? null : decodePath(rest.substring(0, lastSlash));
    if (name.isEmpty()) {
      throw new IllegalArgumentException("purl has no name: " + s);
    }
    return new Purl(type, namespace, name, version, qualifiers, subpath);
  }

  /** This purl without its version (and without qualifiers or subpath). */
  public Purl withoutVersion() {
    return new Purl(type, namespace, name, null, Map.of(), null);
  }

  /** This purl with another version. */
  public Purl withVersion(String newVersion) {
    return new Purl(type, namespace, name, newVersion, qualifiers, subpath);
  }

  /** {@code namespace/name}, or {@code name} when there is no namespace; not encoded. */
  public String qualifiedName() {
    return namespace == null ? name : namespace + "/" + name;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("pkg:").append(type).append('/');
    if (namespace != null) {
      for (String segment : namespace.split("/")) {
        if (!segment.isEmpty()) {
          b.append(encode(segment)).append('/');
        }
      }
    }
    b.append(encode(name));
    if (version != null) {
      b.append('@').append(encode(version));
    }
    if (!qualifiers.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      qualifiers.forEach((k, v) -> pairs.add(k + "=" + encode(v)));
      b.append('?').append(String.join("&", pairs));
    }
    if (subpath != null) {
      List<String> segments = new ArrayList<>();
      for (String segment : subpath.split("/")) {
        segments.add(encode(segment));
      }
      b.append('#').append(String.join("/", segments));
    }
    return b.toString();
  }

  /** The spec discards empty, '.' and '..' subpath segments (it does not resolve them). */
  private static String normaliseSubpath(String subpath) {
    if (subpath == null) {
      return null;
    }
    List<String> segments = new ArrayList<>();
    for (String segment : subpath.split("/")) {
      if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("..")) {
        segments.add(segment);
      }
    }
    return String.join("/", segments);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String trimSlashes(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '/') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '/') {
      end--;
    }
    return s.substring(start, end);
  }

  private static String decodePath(String path) {
    List<String> out = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        out.add(decode(segment));
      }
    }
    return String.join("/", out);
  }

  /** Percent-decoding without form semantics: '+' stays '+'. */
  static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException("bad percent-encoding in purl: " + s);
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else if (c == '%') {
        throw new IllegalArgumentException("bad percent-encoding in purl: " + s);
      } else {
        byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Percent-encodes everything but the purl spec's unreserved characters (and ':' which is safe).
   */
  static String encode(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (byte raw : s.getBytes(StandardCharsets.UTF_8)) {
      int c = raw & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '-'
          || c == '_'
          || c == '~'
          || c == ':') {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        b.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }
}
