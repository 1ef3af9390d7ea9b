package io.cxray.core.model;

/** "{@code from} depends on {@code to}", both given by {@link Package#key()}. */
public record DependencyEdge(String from, String to) {}
