package io.cxray.core.match;

import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Purl;

/**
 * A component as an API caller names it: a purl ({@code pkg:npm/lodash@4.17.15}) or an ecosystem,
 * name and version ({@code npm}, {@code lodash}, {@code 4.17.15}). The ecosystem may be written as
 * the API name, the OSV name or the purl type.
 */
public record ComponentQuery(String purl, String ecosystem, String name, String version) {

  public static ComponentQuery ofPurl(String purl) {
    return new ComponentQuery(purl, null, null, null);
  }

  public static ComponentQuery of(String ecosystem, String name, String version) {
    return new ComponentQuery(null, ecosystem, name, version);
  }

  /** The package this names; throws IllegalArgumentException with a reason when it names none. */
  Package toPackage() {
    if (purl != null && !purl.isBlank()) {
      Purl p = Purl.parse(purl);
      PackageNames.Named named =
          PackageNames.fromPurl(p)
              .orElseThrow(
                  () -> new IllegalArgumentException("unsupported purl type: " + p.type()));
      return new Package(
          named.ecosystem(), named.name(), p.version(), p, null, null, null, null, null);
    }
    if (ecosystem == null || name == null || name.isBlank()) {
      throw new IllegalArgumentException("give a purl, or an ecosystem and a name");
    }
    Ecosystem e =
        Ecosystem.fromUserInput(ecosystem)
            .orElseThrow(() -> new IllegalArgumentException("unknown ecosystem: " + ecosystem));
    String canonical = PackageNames.normalize(e, name);
    return new Package(
        e,
        canonical,
        version,
        PackageNames.toPurl(e, canonical, version),
        null,
        null,
        null,
        null,
        null);
  }
}
