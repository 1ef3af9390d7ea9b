package io.cxray.core.detect.maven;

import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Purl;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import io.cxray.core.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maven coordinates as a CXRay {@link Package}. */
public final class MavenCoordinates {
  private MavenCoordinates() {}

  /**
   * A package {@code groupId:artifactId}; a classifier or a type other than {@code jar} become the
   * purl qualifiers {@code classifier} and {@code type}, as the purl spec's maven type defines.
   */
  public static Package toPackage(
      String groupId,
      String artifactId,
      String version,
      String type,
      String classifier,
      String file,
      int line,
      Relationship relationship,
      Scope scope) {
    String name = groupId + ":" + artifactId;
    Purl base = PackageNames.toPurl(Ecosystem.MAVEN, name, version);
    Map<String, String> qualifiers = new LinkedHashMap<>();
    if (classifier != null && !classifier.isBlank()) {
      qualifiers.put("classifier", classifier);
    }
    if (type != null && !type.isBlank() && !type.equals("jar")) {
      qualifiers.put("type", type);
    }
    return new Package(
        Ecosystem.MAVEN,
        PackageNames.normalize(Ecosystem.MAVEN, name),
        version,
        new Purl(base.type(), base.namespace(), base.name(), version, qualifiers, null),
        SourceLocation.of(file, Math.max(0, line)),
        relationship,
        scope,
        List.of(),
        Map.of());
  }
}
