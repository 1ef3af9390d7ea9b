package io.cxray.core.match;

import io.cxray.core.model.AffectedPackage;
import io.cxray.core.model.Package;
import java.util.Locale;

/**
 * Whether an OSV entry for a distribution release ({@code Debian:12}, {@code Alpine:v3.20}) applies
 * to a package. When the package's purl names its release in the {@code distro} qualifier ({@code
 * debian-12}, {@code bookworm} is not understood, {@code alpine-3.20}), the release numbers must
 * agree; when it does not, every release's entry applies (the finding is deduplicated per
 * vulnerability anyway).
 */
final class DistroRelease {
  private DistroRelease() {}

  static boolean applies(AffectedPackage affected, Package pkg) {
    String raw = affected.ecosystemRaw();
    int colon = raw == null ? -1 : raw.indexOf(':');
    if (colon < 0) {
      return true;
    }
    String distro = pkg.purl().qualifiers().get("distro");
    if (distro == null) {
      return true;
    }
    String wanted = release(raw.substring(colon + 1));
    String have = release(distro);
    return wanted.isEmpty() || have.isEmpty() || wanted.equals(have);
  }

  /** The release number: {@code v3.20} and {@code alpine-3.20} give {@code 3.20}. */
  private static String release(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < lower.length() && !Character.isDigit(lower.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < lower.length() && (Character.isDigit(lower.charAt(j)) || lower.charAt(j) == '.')) {
      j++;
    }
    return lower.substring(i, j);
  }
}
