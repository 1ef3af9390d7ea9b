package io.cxray.server.organization;

import java.util.Arrays;
import java.util.Optional;

/** Organisation tiers; the rate limits of API.md hang on them. */
public enum Tier {
  FREE,
  PRO,
  ENTERPRISE;

  public String value() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<Tier> fromValue(String value) {
    return Arrays.stream(values()).filter(t -> t.value().equals(value)).findFirst();
  }
}
