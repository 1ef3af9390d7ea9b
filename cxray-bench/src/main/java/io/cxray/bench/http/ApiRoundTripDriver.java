package io.cxray.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxray.bench.BenchData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * Times the two heavy endpoints of a running server from a client on loopback, so the figure
 * includes everything the server does (authentication, rate limiting, matching, building and
 * writing the JSON): {@code POST /v1/vulnerabilities/check} with the 1,000 purls of {@code
 * bench/sbom-1k.cdx.json} (issue #3, target 100 ms) and {@code POST /v1/sbom/analyze} of {@code
 * bench/sbom-10k.cdx.json} (issue #6, target 2 s). A round trip on loopback is an upper bound of
 * server time. How to run it: DEVELOPING.md, "Benchmarks".
 *
 * <p>Arguments: {@code [baseUrl] [warmup] [measured]}; the API key comes from {@code
 * CXRAY_API_KEY}. The key's tier must allow the requests (an admin key of the bootstrap
 * organisation does).
 */
public final class ApiRoundTripDriver {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String key;

  private ApiRoundTripDriver(String base, String key) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.key = key;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int measured = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    String key = System.getenv("CXRAY_API_KEY");
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("set CXRAY_API_KEY to an API key of the server");
    }
    ApiRoundTripDriver driver = new ApiRoundTripDriver(base, key);
    Path bench = BenchData.sharedDir().resolve("bench");
    byte[] check = checkBody(bench.resolve("sbom-1k.cdx.json"));
    driver.run(
        "POST /v1/vulnerabilities/check (1,000 purls)",
        "/v1/vulnerabilities/check",
        "application/json",
        check,
        warmup,
        measured);
    byte[] sbom = Files.readAllBytes(bench.resolve("sbom-10k.cdx.json"));
    driver.run(
        "POST /v1/sbom/analyze (10,000 components)",
        "/v1/sbom/analyze",
        "application/vnd.cyclonedx+json",
        sbom,
        Math.max(1, warmup / 3),
        Math.max(5, measured / 3));
  }

  /** The check request body: every purl of the CycloneDX document, at most 1,000. */
  static byte[] checkBody(Path cyclonedx) throws IOException {
    JsonNode bom = JSON.readTree(cyclonedx.toFile());
    ObjectNode body = JSON.createObjectNode();
    ArrayNode components = body.putArray("components");
    for (JsonNode c : bom.path("components")) {
      if (c.hasNonNull("purl") && components.size() < 1000) {
        components.addObject().put("purl", c.path("purl").asText());
      }
    }
    return JSON.writeValueAsBytes(body);
  }

  private void run(
      String label, String path, String contentType, byte[] body, int warmup, int measured)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(2))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    long[] micros = new long[measured];
    long bytes = 0;
    for (int i = 0; i < warmup + measured; i++) {
      long start = System.nanoTime();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long elapsed = (System.nanoTime() - start) / 1_000;
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            label + " answered " + response.statusCode() + ": " + new String(response.body()));
      }
      bytes = response.body().length;
      if (i >= warmup) {
        micros[i - warmup] = elapsed;
      }
    }
    Arrays.sort(micros);
    System.out.printf(
        "%s: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms over %d runs (%d warm-up);"
            + " response %,d bytes%n",
        label,
        ms(micros[measured / 2]),
        ms(micros[Math.min(measured - 1, measured * 9 / 10)]),
        ms(micros[0]),
        ms(micros[measured - 1]),
        measured,
        warmup,
        bytes);
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }
}
