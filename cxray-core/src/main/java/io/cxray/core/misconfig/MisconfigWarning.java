package io.cxray.core.misconfig;

/** A problem with one file (unreadable, too large, invalid) or with the scan's settings. */
public record MisconfigWarning(String file, String message) {}
