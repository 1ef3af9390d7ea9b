package io.cxray.core.advisory.enrich;

/** An EPSS score: the probability of exploitation in the next 30 days, and its percentile. */
public record EpssScore(String cve, double epss, double percentile) {}
