package io.cxray.server.ratelimit;

import io.cxray.server.organization.Tier;
import java.util.List;

/** The windows of a tier (API.md, "Rate limits"); enterprise has none. */
public record RateLimitPolicy(List<Window> windows) {

  /** A fixed window of {@code seconds}, aligned to the clock, allowing {@code limit} requests. */
  public record Window(String name, int seconds, int limit) {}

  public static RateLimitPolicy of(Tier tier) {
    return switch (tier) {
      case FREE -> new RateLimitPolicy(List.of(minute(60), hour(1_000)));
      case PRO -> new RateLimitPolicy(List.of(minute(300), hour(10_000)));
      case ENTERPRISE -> new RateLimitPolicy(List.of());
    };
  }

  public boolean unlimited() {
    return windows.isEmpty();
  }

  private static Window minute(int limit) {
    return new Window("minute", 60, limit);
  }

  private static Window hour(int limit) {
    return new Window("hour", 3600, limit);
  }
}
