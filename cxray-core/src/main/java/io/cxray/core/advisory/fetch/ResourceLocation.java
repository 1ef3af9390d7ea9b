package io.cxray.core.advisory.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a source lives: an {@code http(s)} URL, a {@code file:} URL or a plain path. A base plus a
 * relative part ({@code <base>/<Ecosystem>/all.zip}) resolves the same way for all three.
 */
public record ResourceLocation(URI httpUri, Path path) {

  public static ResourceLocation parse(String location) {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("empty source location");
    }
    String s = location.trim();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return new ResourceLocation(URI.create(s), null);
    }
    if (lower.startsWith("file:")) {
      return new ResourceLocation(null, Path.of(URI.create(s)));
    }
    return new ResourceLocation(null, Path.of(s));
  }

  /** {@code base} joined with a relative path of '/'-separated segments, each URL-encoded. */
  public static String resolve(String base, String... segments) {
    ResourceLocation b = parse(base);
    if (b.path != null) {
      Path p = b.path;
      for (String segment : segments) {
        p = p.resolve(segment);
      }
      return p.toString();
    }
    StringBuilder url = new StringBuilder(b.httpUri.toString());
    for (String segment : segments) {
      if (url.charAt(url.length() - 1) != '/') {
        url.append('/');
      }
      url.append(UrlSegments.encode(segment));
    }
    return url.toString();
  }

  public boolean isHttp() {
    return httpUri != null;
  }

  @Override
  public String toString() {
    return isHttp() ? httpUri.toString() : path.toString();
  }
}
