package io.cxray.core.sbom;

/**
 * A document's format and the specification version it declares ({@code 1.6}, {@code 2.3}).
 *
 * @param format the serialisation
 * @param specVersion the version the document declares, without prefix ({@code SPDX-2.3} gives
 *     {@code 2.3})
 */
public record DetectedFormat(SbomFormat format, String specVersion) {}
