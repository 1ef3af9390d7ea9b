package io.cxray.server.ratelimit;

import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;

/**
 * The headers of a rate-limited response. {@code X-RateLimit-*} (API.md) describe the window
 * closest to exhaustion. {@code RateLimit-Policy} and {@code RateLimit} follow the IETF draft
 * (draft-ietf-httpapi-ratelimit-headers, structured-field lists with one item per window: {@code q}
 * quota, {@code w} window seconds, {@code r} remaining, {@code t} seconds to reset).
 */
final class RateLimitHeaders {

  private RateLimitHeaders() {}

  static void write(HttpServletResponse response, RateLimitDecision decision, long now) {
    RateLimitDecision.WindowState tightest = decision.tightest();
    response.setHeader("X-RateLimit-Limit", Integer.toString(tightest.window().limit()));
    response.setHeader("X-RateLimit-Remaining", Integer.toString(tightest.remaining()));
    response.setHeader("X-RateLimit-Reset", Long.toString(tightest.resetEpochSecond()));
    response.setHeader(
        "RateLimit-Policy",
        decision.windows().stream()
            .map(
                w ->
                    "\""
                        + w.window().name()
                        + "\";q="
                        + w.window().limit()
                        + ";w="
                        + w.window().seconds())
            .collect(Collectors.joining(", ")));
    response.setHeader(
        "RateLimit",
        decision.windows().stream()
            .map(
                w ->
                    "\""
                        + w.window().name()
                        + "\";r="
                        + w.remaining()
                        + ";t="
                        + Math.max(0, w.resetEpochSecond() - now))
            .collect(Collectors.joining(", ")));
  }
}
