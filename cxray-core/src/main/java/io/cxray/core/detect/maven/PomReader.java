package io.cxray.core.detect.maven;

import io.cxray.core.detect.xml.SafeXml;
import io.cxray.core.detect.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a POM's XML into a {@link Pom}. Profiles are not read: which are active depends on the
 * build machine, and Maven itself activates none by default.
 */
final class PomReader {
  private PomReader() {}

  static Pom read(byte[] content) throws SafeXml.XmlException {
    XmlElement project = SafeXml.parse(content);
    if (!project.name().equals("project")) {
      throw new SafeXml.XmlException("root element is <" + project.name() + ">, not <project>");
    }
    Pom.ParentRef parent =
        project
            .child("parent")
            .map(
                p ->
                    new Pom.ParentRef(
                        p.childText("groupId"),
                        p.childText("artifactId"),
                        p.childText("version"),
                        p.child("relativePath").map(XmlElement::text).orElse(null)))
            .orElse(null);
    Map<String, String> properties = new LinkedHashMap<>();
    project
        .child("properties")
        .ifPresent(ps -> ps.children().forEach(p -> properties.put(p.name(), p.text())));
    Map<String, String> repositories = new LinkedHashMap<>();
    for (XmlElement r : project.grandchildren("repositories", "repository")) {
      if (r.childText("url") != null) {
        repositories.put(r.childText("id") == null ? "" : r.childText("id"), r.childText("url"));
      }
    }
    List<MavenDependency> managed =
        project
            .child("dependencyManagement")
            .map(dm -> dependencies(dm.grandchildren("dependencies", "dependency")))
            .orElse(List.of());
    return new Pom(
        project.childText("groupId"),
        project.childText("artifactId"),
        project.childText("version"),
        project.childText("packaging"),
        parent,
        properties,
        dependencies(project.grandchildren("dependencies", "dependency")),
        managed,
        repositories);
  }

  private static List<MavenDependency> dependencies(List<XmlElement> elements) {
    List<MavenDependency> deps = new ArrayList<>();
    for (XmlElement d : elements) {
      List<String> exclusions = new ArrayList<>();
      for (XmlElement e : d.grandchildren("exclusions", "exclusion")) {
        exclusions.add(orStar(e.childText("groupId")) + ":" + orStar(e.childText("artifactId")));
      }
      deps.add(
          new MavenDependency(
              d.childText("groupId"),
              d.childText("artifactId"),
              d.childText("version"),
              d.childText("type"),
              d.childText("classifier"),
              d.childText("scope"),
              d.childText("optional"),
              exclusions,
              d.line(),
              null));
    }
    return deps;
  }

  private static String orStar(String s) {
    return s == null ? "*" : s;
  }
}
