package io.cxray.server.webhook;

/** A pending delivery this instance has leased, with what it needs to send it. */
record ClaimedDelivery(
    String id,
    String webhookId,
    String organizationId,
    String eventId,
    int attemptCount,
    int roundStart,
    String url,
    String body,
    byte[] sealedSecret,
    String leaseToken) {}
