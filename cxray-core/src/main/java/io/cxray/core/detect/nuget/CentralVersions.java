package io.cxray.core.detect.nuget;

import io.cxray.core.detect.xml.XmlElement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code <PackageVersion Include=".." Version=".."/>} items of a Directory.Packages.props. */
final class CentralVersions {
  private final Map<String, String> versions = new HashMap<>();

  CentralVersions(XmlElement props, MsBuildProperties properties) {
    if (props == null) {
      return;
    }
    for (XmlElement group : props.children("ItemGroup")) {
      for (XmlElement v : group.children("PackageVersion")) {
        String name = v.attribute("Include");
        String version =
            v.attribute("Version") != null ? v.attribute("Version") : v.childText("Version");
        if (name != null && version != null) {
          versions.put(name.toLowerCase(Locale.ROOT), properties.expand(version));
        }
      }
    }
  }

  /** The central version of a package (names compare case-insensitively), or null. */
  String versionOf(String name) {
    return versions.get(name.toLowerCase(Locale.ROOT));
  }
}
