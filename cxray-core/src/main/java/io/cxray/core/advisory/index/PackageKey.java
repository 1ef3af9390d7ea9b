package io.cxray.core.advisory.index;

import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.PackageNames;

/** An ecosystem and a package name in its canonical form ({@link PackageNames#normalize}). */
public record PackageKey(Ecosystem ecosystem, String name) {
  public static PackageKey of(Ecosystem ecosystem, String name) {
    return new PackageKey(ecosystem, PackageNames.normalize(ecosystem, name));
  }
}
