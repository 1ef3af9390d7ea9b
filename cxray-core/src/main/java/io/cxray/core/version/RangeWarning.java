package io.cxray.core.version;

/**
 * Why one OSV range could not be used when evaluating a version: the queried version or one of the
 * range's event versions is not a version of the range's scheme, or no scheme is known.
 *
 * @param rangeIndex index of the range in {@code affected[].ranges}
 * @param version the offending version string (the queried one or an event's)
 * @param message a sentence for logs and reports
 */
public record RangeWarning(int rangeIndex, String version, String message) {}
