package io.cxray.core.sbom;

/**
 * One way a document breaks its format's schema.
 *
 * @param pointer where: a JSON pointer ({@code /components/3/purl}) for JSON and tag-value
 *     (tag-value is checked through its JSON form), {@code line N, column M} for XML
 * @param message what is wrong
 */
public record SchemaViolation(String pointer, String message) {}
