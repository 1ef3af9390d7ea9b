package io.cxray.server.sbom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Query parameters read from the query string alone. {@code request.getParameter} would make the
 * container parse an {@code application/x-www-form-urlencoded} body (curl's default for {@code
 * -d}), consuming an SBOM uploaded with that type.
 */
final class QueryParameters {

  private QueryParameters() {}

  /** The first value of {@code name}, decoded; null when absent or empty. */
  static String get(HttpServletRequest request, String name) {
    String query = request.getQueryString();
    if (query == null) {
      return null;
    }
    List<String> values =
        UriComponentsBuilder.newInstance().query(query).build().getQueryParams().get(name);
    if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isEmpty()) {
      return null;
    }
    return java.net.URLDecoder.decode(values.get(0), java.nio.charset.StandardCharsets.UTF_8);
  }
}
