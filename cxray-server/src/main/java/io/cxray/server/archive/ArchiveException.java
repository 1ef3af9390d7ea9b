package io.cxray.server.archive;

/**
 * Why an archive was not (fully) extracted. Callers turn the {@link Kind} into their own answer: an
 * API error for {@code POST /v1/sbom/generate}, a failed scan for the scan queue.
 */
public class ArchiveException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong; the limit kinds name the limit as the API reports it. */
  public enum Kind {
    /** Neither a zip nor a gzip stream by its first bytes. */
    NOT_AN_ARCHIVE(null),
    /** Corrupt or truncated. */
    UNREADABLE(null),
    /** No entries at all. */
    EMPTY(null),
    /** An absolute name, a drive letter, a NUL, or a {@code ..} that climbs out (zip-slip). */
    PATH_ESCAPE(null),
    /** The same path twice: which one wins would depend on the extractor. */
    DUPLICATE_ENTRY(null),
    TOO_MANY_ENTRIES("entries"),
    TOO_LARGE("totalSize"),
    EXPANSION_RATIO("expansionRatio");

    private final String limit;

    Kind(String limit) {
      this.limit = limit;
    }

    /** The limit's name ({@code entries}, {@code totalSize}, {@code expansionRatio}), or null. */
    public String limit() {
      return limit;
    }
  }

  private final Kind kind;
  private final String entry;

  ArchiveException(Kind kind, String entry, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.entry = entry;
  }

  public Kind kind() {
    return kind;
  }

  /** The offending entry's name as written in the archive, or null. */
  public String entry() {
    return entry;
  }
}
