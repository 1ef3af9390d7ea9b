package io.cxray.server.auth;

import io.cxray.server.api.error.ErrorCode;
import io.cxray.server.api.web.ErrorResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every /v1 call by its {@code Authorization: Bearer cxr_...} key, or answers 401
 * UNAUTHORIZED itself (Spring Security alone would say 403, STACK.md gotcha 3). The key's format
 * and checksum are checked before any database look-up.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  private static final String BEARER = "bearer ";

  private final ApiKeyRepository keys;
  private final ErrorResponseWriter errors;

  ApiKeyAuthenticationFilter(ApiKeyRepository keys, ErrorResponseWriter errors) {
    this.keys = keys;
    this.errors = errors;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !PublicPaths.needsApiKey(
        request.getRequestURI().substring(request.getContextPath().length()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      reject(response, "Missing API key: send Authorization: Bearer <key>");
      return;
    }
    if (header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      reject(response, "Malformed Authorization header: expected Bearer <key>");
      return;
    }
    String key = header.substring(BEARER.length()).trim();
    if (!ApiKeyFormat.isWellFormed(key)) {
      reject(response, "Malformed API key");
      return;
    }
    Optional<ApiKeyRepository.KeyLookup> found = keys.findByKey(key);
    if (found.isEmpty()) {
      reject(response, "Unknown API key");
      return;
    }
    ApiKeyRecord record = found.get().key();
    if (record.revokedAt() != null) {
      reject(response, "API key has been revoked");
      return;
    }
    if (record.isExpired(Instant.now())) {
      reject(response, "API key has expired");
      return;
    }
    keys.touchLastUsed(record.id());
    ApiCaller caller =
        new ApiCaller(
            record.organizationId(), record.id(), record.scopes(), found.get().rootOrganization());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new ApiKeyAuthentication(caller));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void reject(HttpServletResponse response, String message) throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    errors.write(response, ErrorCode.UNAUTHORIZED, message, Map.of());
  }
}
