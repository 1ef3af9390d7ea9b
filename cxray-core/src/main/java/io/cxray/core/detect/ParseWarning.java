package io.cxray.core.detect;

/** A problem with one file: which file, which parser, and a plain message (no stack trace). */
public record ParseWarning(String file, String parserId, String message) {}
