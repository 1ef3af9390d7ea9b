package io.cxray.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.server.CxrayServer;
import io.cxray.server.testsupport.ApiClient;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import io.cxray.server.testsupport.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Tier limits hold under concurrency, and across two server instances on one database. */
class RateLimitTest extends ApiTestBase {

  @Test
  void freeKeyGetsExactlySixtyOfAHundredConcurrentRequests() throws Exception {
    String key = newOrganization("free");
    waitUntilWellInsideAMinute();
    List<Response> responses = burst(List.of(new ApiClient(port)), key, 100);
    assertExactlySixtyAllowed(responses);
    // The refusal is a documented 429 with the error envelope.
    api.get("/v1/api-keys", key).expectError(429, "RATE_LIMIT_EXCEEDED");
  }

  @Test
  void twoInstancesOnOneDatabaseEnforceOneLimit() throws Exception {
    String key = newOrganization("free");
    List<String> args = new ArrayList<>(List.of("--server.port=0"));
    args.add("--cxray.db.url=" + schemaUrl());
    args.add("--cxray.db.user=" + TestDatabase.get().user());
    args.add("--cxray.db.password=" + TestDatabase.get().password());
    args.add("--cxray.db.pool-size=4");
    args.add("--cxray.bootstrap.api-key=" + ROOT_KEY);
    webhookSettings().forEach((k, v) -> args.add("--" + k + "=" + v));
    try (ConfigurableApplicationContext second = CxrayServer.start(args.toArray(String[]::new))) {
      int otherPort =
          Integer.parseInt(second.getBean(Environment.class).getProperty("local.server.port"));
      waitUntilWellInsideAMinute();
      List<Response> responses =
          burst(List.of(new ApiClient(port), new ApiClient(otherPort)), key, 100);
      assertExactlySixtyAllowed(responses);
    }
  }

  @Test
  void enterpriseKeysAndUnauthenticatedCallsCarryNoLimitHeaders() {
    Response root = api.get("/v1/api-keys", ROOT_KEY).expect(200);
    assertThat(root.headers().firstValue("X-RateLimit-Limit")).isEmpty();
    Response anonymous = api.get("/v1/api-keys", null).expectError(401, "UNAUTHORIZED");
    assertThat(anonymous.headers().firstValue("X-RateLimit-Limit")).isEmpty();
  }

  @Test
  void proKeyShowsBothWindowsInTheIetfFields() {
    String key = newOrganization("pro");
    Response r = api.get("/v1/api-keys", key).expect(200);
    assertThat(r.headers().firstValue("X-RateLimit-Limit")).contains("300");
    assertThat(r.headers().firstValue("RateLimit-Policy"))
        .contains("\"minute\";q=300;w=60, \"hour\";q=10000;w=3600");
    assertThat(r.headers().firstValue("RateLimit").orElseThrow())
        .matches("\"minute\";r=29[0-9];t=\\d+, \"hour\";r=99[0-9]{2};t=\\d+");
  }

  private static List<Response> burst(List<ApiClient> clients, String key, int count)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ApiClient client = clients.get(i % clients.size());
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.raw("GET", "/v1/api-keys", key, null);
                }));
      }
      start.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> f : futures) {
        responses.add(f.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertExactlySixtyAllowed(List<Response> responses) {
    long minuteEnd = (Instant.now().getEpochSecond() / 60 + 1) * 60;
    List<Integer> remaining = new ArrayList<>();
    int refused = 0;
    for (Response r : responses) {
      assertThat(r.headers().firstValue("X-RateLimit-Limit")).contains("60");
      assertThat(r.headers().firstValue("X-RateLimit-Reset")).contains(Long.toString(minuteEnd));
      assertThat(r.headers().firstValue("RateLimit-Policy"))
          .contains("\"minute\";q=60;w=60, \"hour\";q=1000;w=3600");
      int left = Integer.parseInt(r.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
      if (r.status() == 200) {
        remaining.add(left);
      } else {
        r.assertEnvelope().expectError(429, "RATE_LIMIT_EXCEEDED");
        assertThat(left).isZero();
        long retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        refused++;
      }
    }
    assertThat(refused).isEqualTo(40);
    // Each allowed request saw its own count: 59 down to 0, no value twice.
    assertThat(remaining).hasSize(60).doesNotHaveDuplicates().allMatch(v -> v >= 0 && v < 60);
  }

  /** The burst must fall in one clock-aligned minute window. */
  private static void waitUntilWellInsideAMinute() throws InterruptedException {
    long second = Instant.now().getEpochSecond() % 60;
    if (second > 50) {
      Thread.sleep((61 - second) * 1000);
    }
  }
}
