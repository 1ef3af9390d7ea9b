package io.cxray.core.model;

/** A CCE identifier for one platform, e.g. {@code CCE-90800-4} on {@code rhel9}. */
public record CceRef(String id, String platform) {}
