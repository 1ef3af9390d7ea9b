package io.cxray.server.ratelimit;

import io.cxray.server.api.error.ErrorCode;
import io.cxray.server.api.web.ErrorResponseWriter;
import io.cxray.server.auth.ApiCaller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the caller's tier limits after authentication: requests without a key (401) never get
 * here and count against nothing. Sets the rate-limit headers ({@link RateLimitHeaders}) and
 * answers 429 RATE_LIMIT_EXCEEDED with Retry-After when a window is full.
 */
public class RateLimitFilter extends OncePerRequestFilter {

  private final RateLimiter limiter;
  private final ErrorResponseWriter errors;
  private final Clock clock;

  public RateLimitFilter(RateLimiter limiter, ErrorResponseWriter errors, Clock clock) {
    this.limiter = limiter;
    this.errors = errors;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<ApiCaller> caller = caller();
    Optional<RateLimitPolicy> policy = caller.flatMap(c -> limiter.policyFor(c.organizationId()));
    if (policy.isEmpty() || policy.get().unlimited()) {
      chain.doFilter(request, response);
      return;
    }
    Instant now = clock.instant();
    RateLimitDecision decision = limiter.acquire(caller.get().keyId(), policy.get(), now);
    RateLimitHeaders.write(response, decision, now.getEpochSecond());
    if (!decision.allowed()) {
      long retryAfter = decision.retryAfterSeconds(now.getEpochSecond());
      response.setHeader("Retry-After", Long.toString(retryAfter));
      errors.write(
          response,
          ErrorCode.RATE_LIMIT_EXCEEDED,
          "Rate limit exceeded; retry after " + retryAfter + " seconds",
          Map.of(
              "limit", decision.tightest().window().limit(),
              "window", decision.tightest().window().name(),
              "retryAfter", retryAfter));
      return;
    }
    chain.doFilter(request, response);
  }

  private static Optional<ApiCaller> caller() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof ApiCaller c
        ? Optional.of(c)
        : Optional.empty();
  }
}
