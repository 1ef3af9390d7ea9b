package io.cxray.server.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings ({@code cxray.webhooks.*}, e.g. {@code CXRAY_WEBHOOKS_CONCURRENCY}); see
 * docs/webhooks.md. {@code retrySchedule} is the wait before the 2nd, 3rd, ... attempt; after its
 * last entry the delivery fails for good.
 */
@ConfigurationProperties("cxray.webhooks")
public record WebhookProperties(
    @DefaultValue("true") boolean dispatcherEnabled,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("8") int concurrency,
    @DefaultValue("2") int perWebhookConcurrency,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("15s") Duration requestTimeout,
    @DefaultValue("2m") Duration lease,
    @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h", "10h"}) List<Duration> retrySchedule,
    @DefaultValue("0.2") double jitter,
    @DefaultValue("1d") Duration maxRetryAfter,
    @DefaultValue("5d") Duration disableAfter) {}
