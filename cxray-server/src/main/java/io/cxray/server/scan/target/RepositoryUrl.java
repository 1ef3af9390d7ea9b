package io.cxray.server.scan.target;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scan target URL: {@code https://}, {@code ssh://}, {@code git://}, scp-like {@code
 * user@host:path}, or {@code file:} (local repositories, only where private targets are allowed).
 *
 * @param url the URL as given
 * @param scheme https, ssh, git or file
 * @param host the host name or address; null for file
 */
public record RepositoryUrl(String url, String scheme, String host) {

  private static final Pattern SCP_LIKE =
      Pattern.compile("^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]):(?!//)\\S+$");

  public boolean isFile() {
    return scheme.equals("file");
  }

  /** Empty when {@code url} is none of the accepted forms. */
  public static Optional<RepositoryUrl> parse(String url) {
    if (url == null || url.isBlank() || url.length() > 2048 || url.chars().anyMatch(c -> c < 32)) {
      return Optional.empty();
    }
    Matcher scp = SCP_LIKE.matcher(url);
    if (scp.matches()) {
      return Optional.of(new RepositoryUrl(url, "ssh", unbracket(scp.group(1))));
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      switch (scheme) {
        case "https", "ssh", "git" -> {
          String host = uri.getHost();
          if (host == null || host.isEmpty() || uri.getPath() == null) {
            return Optional.empty();
          }
          return Optional.of(new RepositoryUrl(url, scheme, unbracket(host)));
        }
        case "file" -> {
          return uri.getPath() == null || uri.getPath().isEmpty()
              ? Optional.empty()
              : Optional.of(new RepositoryUrl(url, scheme, null));
        }
        default -> {
          return Optional.empty();
        }
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
