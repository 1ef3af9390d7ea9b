package io.cxray.core.model;

/** A benchmark reference: a benchmark's name and version, and the item's number in it. */
public record BenchmarkRef(String benchmark, String id) {}
