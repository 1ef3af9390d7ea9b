package io.cxray.core.model;

/**
 * A link from an advisory: its OSV type ({@code ADVISORY}, {@code FIX}, {@code WEB} ...) and URL.
 */
public record Reference(String type, String url) {}
