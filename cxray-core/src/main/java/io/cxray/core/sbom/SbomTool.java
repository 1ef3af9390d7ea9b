package io.cxray.core.sbom;

/** A tool that produced (part of) an SBOM. Any field but {@code name} may be null. */
public record SbomTool(String vendor, String name, String version) {}
