package io.cxray.server.webhook;

import io.cxray.server.crypto.SecretBox;
import io.cxray.server.net.PrivateNetworkGuard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Sends one delivery attempt: checks the URL against the private-network rule again (DNS may have
 * changed since the webhook was saved), signs it and POSTs it. Redirects are not followed (they
 * could lead into a private network), and the body of the answer is discarded.
 */
final class WebhookSender {

  private final HttpClient http;
  private final Duration requestTimeout;
  private final PrivateNetworkGuard guard;
  private final SecretBox secrets;

  /** The result of an attempt: the HTTP status if any, or an error; and a Retry-After. */
  record Outcome(Integer statusCode, String error, Duration retryAfter, long durationMs) {
    boolean succeeded() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
  }

  WebhookSender(
      Duration connectTimeout,
      Duration requestTimeout,
      PrivateNetworkGuard guard,
      SecretBox secrets) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.requestTimeout = requestTimeout;
    this.guard = guard;
    this.secrets = secrets;
  }

  Outcome send(ClaimedDelivery d) {
    long start = System.nanoTime();
    Optional<String> refusal = guard.refusal(d.url());
    if (refusal.isPresent()) {
      return new Outcome(null, "Refused: " + refusal.get(), null, elapsed(start));
    }
    long timestamp = Instant.now().getEpochSecond();
    String signature =
        WebhookSigner.sign(
            WebhookSecrets.keyBytes(secrets.open(d.sealedSecret(), d.webhookId())),
            d.eventId(),
            timestamp,
            d.body());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(d.url()))
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "CXRay-Webhooks/1.0")
            .header("webhook-id", d.eventId())
            .header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(d.body()))
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      return new Outcome(
          response.statusCode(),
          null,
          response
              .headers()
              .firstValue("Retry-After")
              .flatMap(WebhookSender::retryAfter)
              .orElse(null),
          elapsed(start));
    } catch (HttpTimeoutException e) {
      return new Outcome(
          null, "Timed out after " + requestTimeout.toMillis() + " ms", null, elapsed(start));
    } catch (IOException e) {
      return new Outcome(
          null,
          "Network error: " + e.getClass().getSimpleName() + describe(e),
          null,
          elapsed(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(null, "Interrupted (server shutting down)", null, elapsed(start));
    }
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? "" : ": " + e.getMessage();
  }

  /** Retry-After is delta-seconds or an HTTP date (RFC 9110, section 10.2.3). */
  static Optional<Duration> retryAfter(String value) {
    String v = value.strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(Instant.now(), at.toInstant());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (java.time.format.DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }

  private static long elapsed(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
