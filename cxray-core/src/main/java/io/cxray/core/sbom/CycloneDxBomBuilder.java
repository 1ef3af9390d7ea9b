package io.cxray.core.sbom;

import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Scope;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.license.Expression;
import org.cyclonedx.model.metadata.ToolInformation;

/** Builds the CycloneDX library's {@link Bom} from an {@link SbomDocument}. */
final class CycloneDxBomBuilder {
  private CycloneDxBomBuilder() {}

  static Bom build(SbomDocument doc) {
    Bom bom = new Bom();
    bom.setSerialNumber(doc.metadata().serialNumber());
    bom.setVersion(1);
    bom.setMetadata(metadata(doc.metadata()));
    List<Component> components = new ArrayList<>();
    doc.components().forEach(c -> components.add(component(c)));
    bom.setComponents(components);
    if (!doc.dependencies().isEmpty()) {
      bom.setDependencies(dependencies(doc.dependencies()));
    }
    if (!doc.vulnerabilities().isEmpty()) {
      bom.setVulnerabilities(CycloneDxVexWriter.vulnerabilities(doc.vulnerabilities()));
    }
    return bom;
  }

  private static Metadata metadata(SbomMetadata m) {
    Metadata out = new Metadata();
    if (m.timestamp() != null) {
      out.setTimestamp(Date.from(m.timestamp()));
    }
    if (!m.tools().isEmpty()) {
      ToolInformation tools = new ToolInformation();
      List<Component> toolComponents = new ArrayList<>();
      for (SbomTool t : m.tools()) {
        Component c = new Component();
        c.setType(Component.Type.APPLICATION);
        c.setName(t.name());
        c.setVersion(t.version());
        c.setSupplier(entity(t.vendor()));
        toolComponents.add(c);
      }
      tools.setComponents(toolComponents);
      out.setToolChoice(tools);
    }
    if (!m.authors().isEmpty()) {
      List<OrganizationalContact> authors = new ArrayList<>();
      for (String a : m.authors()) {
        OrganizationalContact contact = new OrganizationalContact();
        contact.setName(a);
        authors.add(contact);
      }
      out.setAuthors(authors);
    }
    if (m.subject() != null) {
      out.setComponent(subject(m.subject()));
    }
    return out;
  }

  /**
   * The scanned repository as {@code metadata.component}: a VCS external reference with the URL,
   * and the branch and commit both in the reference's comment (for people) and as {@code cxray:}
   * properties (for a round trip).
   */
  private static Component subject(SbomSubject s) {
    Component c = new Component();
    c.setType(Component.Type.APPLICATION);
    c.setBomRef(s.ref());
    c.setName(s.name());
    c.setVersion(s.version());
    if (s.repositoryUrl() != null) {
      ExternalReference vcs = new ExternalReference();
      vcs.setType(ExternalReference.Type.VCS);
      vcs.setUrl(s.repositoryUrl());
      List<String> notes = new ArrayList<>();
      if (s.branch() != null) {
        notes.add("branch " + s.branch());
      }
      if (s.commit() != null) {
        notes.add("commit " + s.commit());
      }
      if (!notes.isEmpty()) {
        vcs.setComment(String.join(", ", notes));
      }
      c.setExternalReferences(List.of(vcs));
    }
    List<Property> props = new ArrayList<>();
    addProperty(props, CxrayProperties.BRANCH, s.branch());
    addProperty(props, CxrayProperties.COMMIT, s.commit());
    if (!props.isEmpty()) {
      c.setProperties(props);
    }
    return c;
  }

  private static Component component(SbomComponent s) {
    Component c = new Component();
    c.setType(type(s.type()));
    c.setBomRef(s.ref());
    c.setGroup(s.group());
    c.setName(s.name());
    c.setVersion(s.version());
    c.setPurl(s.purl());
    c.setCpe(s.cpe());
    c.setSupplier(entity(s.supplier()));
    c.setLicenses(licenses(s.licenses()));
    List<Hash> hashes = new ArrayList<>();
    s.hashes()
        .forEach(
            (alg, digest) -> {
              if (HashAlgorithms.isValidDigest(digest)) {
                hashes.add(new Hash(alg, digest));
              }
            });
    if (!hashes.isEmpty()) {
      c.setHashes(hashes);
    }
    c.setScope(scope(s.scope()));
    List<Property> props = new ArrayList<>();
    if (s.scope() != Scope.UNKNOWN) {
      addProperty(props, CxrayProperties.SCOPE, s.scope().name());
    }
    addProperty(props, CxrayProperties.LOCATION, s.location());
    if (!props.isEmpty()) {
      c.setProperties(props);
    }
    if (!s.components().isEmpty()) {
      List<Component> nested = new ArrayList<>();
      s.components().forEach(n -> nested.add(component(n)));
      c.setComponents(nested);
    }
    return c;
  }

  private static Component.Type type(String type) {
    for (Component.Type t : Component.Type.values()) {
      if (t.getTypeName().equals(type)) {
        return t;
      }
    }
    return Component.Type.LIBRARY;
  }

  /**
   * CycloneDX scope is about the runtime: runtime and provided are {@code required}, optional is
   * {@code optional}, development and test are {@code excluded}; unknown writes none.
   */
  private static Component.Scope scope(Scope scope) {
    return switch (scope) {
      case RUNTIME, PROVIDED -> Component.Scope.REQUIRED;
      case OPTIONAL -> Component.Scope.OPTIONAL;
      case DEVELOPMENT, TEST -> Component.Scope.EXCLUDED;
      case UNKNOWN -> null;
    };
  }

  /**
   * Licence ids and names go in a {@code licenses} list; if any entry is an expression, all of them
   * become one expression, since CycloneDX 1.5+ allows an expression only alone.
   */
  static LicenseChoice licenses(List<String> licenses) {
    if (licenses.isEmpty()) {
      return null;
    }
    LicenseChoice choice = new LicenseChoice();
    boolean anyExpression =
        licenses.stream().anyMatch(l -> LicenseIds.kindOf(l) == LicenseIds.Kind.EXPRESSION);
    if (anyExpression) {
      choice.setExpression(new Expression(LicenseIds.asExpression(licenses)));
      return choice;
    }
    List<License> list = new ArrayList<>();
    for (String l : licenses) {
      License license = new License();
      LicenseIds.canonicalId(l).ifPresentOrElse(license::setId, () -> license.setName(l.trim()));
      list.add(license);
    }
    choice.setLicenses(list);
    return choice;
  }

  /**
   * One entry per source ref, its targets de-duplicated in order through a set: scanning each
   * node's list per edge was quadratic for a root with thousands of direct dependencies (a quarter
   * of the server's analyze time for a 10,000-component SBOM).
   */
  private static List<Dependency> dependencies(List<DependencyEdge> edges) {
    Map<String, Set<String>> targets = new LinkedHashMap<>();
    for (DependencyEdge e : edges) {
      targets.computeIfAbsent(e.from(), k -> new LinkedHashSet<>()).add(e.to());
    }
    List<Dependency> out = new ArrayList<>(targets.size());
    for (Map.Entry<String, Set<String>> t : targets.entrySet()) {
      Dependency from = new Dependency(t.getKey());
      List<Dependency> to = new ArrayList<>(t.getValue().size());
      t.getValue().forEach(ref -> to.add(new Dependency(ref)));
      from.setDependencies(to);
      out.add(from);
    }
    return out;
  }

  private static OrganizationalEntity entity(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    OrganizationalEntity e = new OrganizationalEntity();
    e.setName(name);
    return e;
  }

  private static void addProperty(List<Property> props, String name, String value) {
    if (value != null && !value.isBlank()) {
      props.add(new Property(name, value));
    }
  }
}
