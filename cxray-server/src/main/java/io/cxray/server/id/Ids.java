package io.cxray.server.id;

/**
 * Resource ids: a type prefix and 22 random base62 characters (131 bits), e.g. {@code
 * proj_7Hq2...}. Prefixes are those of API.md.
 */
public enum Ids {
  ORGANIZATION("org"),
  USER("usr"),
  API_KEY("key"),
  PROJECT("proj"),
  IMPORT_RUN("imp"),
  SCAN("scan"),
  SBOM("sbom"),
  REQUEST("req"),
  WEBHOOK("wh"),
  WEBHOOK_DELIVERY("whd"),
  EVENT("evt"),
  AUDIT_ENTRY("aud");

  private static final int RANDOM_LENGTH = 22;

  private final String prefix;

  Ids(String prefix) {
    this.prefix = prefix + "_";
  }

  public String newId() {
    return prefix + Base62.random(RANDOM_LENGTH);
  }

  /** True when {@code id} has this type's shape; false for anything else, null included. */
  public boolean isWellFormed(String id) {
    return id != null
        && id.length() == prefix.length() + RANDOM_LENGTH
        && id.startsWith(prefix)
        && Base62.isBase62(id.substring(prefix.length()));
  }

  public String prefix() {
    return prefix;
  }
}
