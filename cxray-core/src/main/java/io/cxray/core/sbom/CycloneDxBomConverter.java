package io.cxray.core.sbom;

import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Tool;

/** Turns a parsed CycloneDX {@link Bom} (any version, JSON or XML) into an {@link SbomDocument}. */
final class CycloneDxBomConverter {
  private final List<String> warnings = new ArrayList<>();
  private final Set<String> refs = new HashSet<>();
  private int anonymous;

  static SbomReadResult.Success convert(Bom bom, DetectedFormat format) {
    CycloneDxBomConverter c = new CycloneDxBomConverter();
    SbomMetadata metadata = c.metadata(bom);
    List<SbomComponent> components = c.components(bom.getComponents());
    List<DependencyEdge> edges = c.edges(bom.getDependencies());
    List<VexStatement> vex = CycloneDxVexReader.statements(bom.getVulnerabilities(), components);
    return new SbomReadResult.Success(
        format, new SbomDocument(metadata, components, edges, vex), c.warnings);
  }

  private SbomMetadata metadata(Bom bom) {
    Metadata m = bom.getMetadata();
    if (m == null) {
      return new SbomMetadata(bom.getSerialNumber(), null, List.of(), List.of(), null);
    }
    return new SbomMetadata(
        bom.getSerialNumber(), instant(m.getTimestamp()), tools(m), authors(m), subject(m));
  }

  /**
   * CycloneDX 1.2-1.4 list tools as {@code Tool}s (deprecated since 1.5), later ones as components.
   */
  @SuppressWarnings("deprecation")
  private static List<SbomTool> tools(Metadata m) {
    List<SbomTool> out = new ArrayList<>();
    if (m.getTools() != null) {
      for (Tool t : m.getTools()) {
        if (t.getName() != null) {
          out.add(new SbomTool(t.getVendor(), t.getName(), t.getVersion()));
        }
      }
    }
    if (m.getToolChoice() != null && m.getToolChoice().getComponents() != null) {
      for (Component t : m.getToolChoice().getComponents()) {
        String vendor = t.getGroup() != null ? t.getGroup() : nameOf(t.getSupplier());
        out.add(new SbomTool(vendor, t.getName(), t.getVersion()));
      }
    }
    if (m.getToolChoice() != null && m.getToolChoice().getServices() != null) {
      m.getToolChoice()
          .getServices()
          .forEach(
              s -> out.add(new SbomTool(nameOf(s.getProvider()), s.getName(), s.getVersion())));
    }
    return out;
  }

  /** NTIA's "author of SBOM data": metadata authors, else the manufacturer or supplier named. */
  private static List<String> authors(Metadata m) {
    List<String> out = new ArrayList<>();
    if (m.getAuthors() != null) {
      for (OrganizationalContact a : m.getAuthors()) {
        Optional.ofNullable(a.getName() != null ? a.getName() : a.getEmail()).ifPresent(out::add);
      }
    }
    for (OrganizationalEntity e : new OrganizationalEntity[] {manufacturer(m), m.getSupplier()}) {
      if (out.isEmpty() && nameOf(e) != null) {
        out.add(nameOf(e));
      }
    }
    return out;
  }

  @SuppressWarnings("deprecation")
  private static OrganizationalEntity manufacturer(Metadata m) {
    return m.getManufacturer() != null ? m.getManufacturer() : m.getManufacture();
  }

  private static SbomSubject subject(Metadata m) {
    Component c = m.getComponent();
    if (c == null) {
      return null;
    }
    Map<String, String> props = properties(c);
    String vcs = null;
    if (c.getExternalReferences() != null) {
      vcs =
          c.getExternalReferences().stream()
              .filter(r -> r.getType() == ExternalReference.Type.VCS)
              .map(ExternalReference::getUrl)
              .findFirst()
              .orElse(null);
    }
    String ref = c.getBomRef() != null ? c.getBomRef() : c.getName();
    return new SbomSubject(
        ref,
        c.getName(),
        c.getVersion(),
        vcs,
        props.get(CxrayProperties.BRANCH),
        props.get(CxrayProperties.COMMIT));
  }

  private List<SbomComponent> components(List<Component> list) {
    List<SbomComponent> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (Component c : list) {
      if (c.getName() == null) {
        warnings.add("skipped a component without a name (bom-ref " + c.getBomRef() + ")");
        continue;
      }
      out.add(component(c));
    }
    return out;
  }

  private SbomComponent component(Component c) {
    Map<String, String> props = properties(c);
    String ref = c.getBomRef();
    if (ref == null || !refs.add(ref)) {
      ref = c.getPurl() != null && refs.add(c.getPurl()) ? c.getPurl() : "component-" + ++anonymous;
      refs.add(ref);
    }
    return new SbomComponent(
        ref,
        c.getType() == null ? null : c.getType().getTypeName(),
        c.getGroup(),
        c.getName(),
        c.getVersion(),
        c.getPurl(),
        c.getCpe(),
        supplier(c),
        licenses(c.getLicenses()),
        hashes(c.getHashes()),
        scope(c, props),
        props.get(CxrayProperties.LOCATION),
        components(c.getComponents()));
  }

  /** The supplier, else (CycloneDX 1.2-1.5 producers often set only these) publisher or author. */
  private static String supplier(Component c) {
    String s = nameOf(c.getSupplier());
    if (s == null) {
      s = nameOf(c.getManufacturer());
    }
    if (s == null && c.getPublisher() != null && !c.getPublisher().isBlank()) {
      s = c.getPublisher();
    }
    return s;
  }

  static List<String> licenses(LicenseChoice choice) {
    List<String> out = new ArrayList<>();
    if (choice == null) {
      return out;
    }
    if (choice.getLicenses() != null) {
      choice
          .getLicenses()
          .forEach(
              l ->
                  Optional.ofNullable(l.getId() != null ? l.getId() : l.getName())
                      .ifPresent(out::add));
    }
    if (choice.getExpression() != null && choice.getExpression().getValue() != null) {
      out.add(choice.getExpression().getValue());
    }
    return out;
  }

  private static Map<String, String> hashes(List<Hash> hashes) {
    Map<String, String> out = new LinkedHashMap<>();
    if (hashes != null) {
      for (Hash h : hashes) {
        HashAlgorithms.toCycloneDx(h.getAlgorithm())
            .filter(a -> h.getValue() != null)
            .ifPresent(a -> out.putIfAbsent(a, h.getValue().toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  private static Scope scope(Component c, Map<String, String> props) {
    String own = props.get(CxrayProperties.SCOPE);
    if (own != null) {
      try {
        return Scope.valueOf(own);
      } catch (IllegalArgumentException e) {
        // fall back to the CycloneDX scope
      }
    }
    if (c.getScope() == null) {
      return Scope.UNKNOWN;
    }
    return switch (c.getScope()) {
      case REQUIRED -> Scope.RUNTIME;
      case OPTIONAL -> Scope.OPTIONAL;
      case EXCLUDED -> Scope.UNKNOWN;
    };
  }

  private List<DependencyEdge> edges(List<Dependency> dependencies) {
    List<DependencyEdge> out = new ArrayList<>();
    if (dependencies != null) {
      for (Dependency d : dependencies) {
        if (d.getRef() == null || d.getDependencies() == null) {
          continue;
        }
        for (Dependency to : d.getDependencies()) {
          if (to.getRef() != null) {
            out.add(new DependencyEdge(d.getRef(), to.getRef()));
          }
        }
      }
    }
    return out;
  }

  private static Map<String, String> properties(Component c) {
    Map<String, String> out = new LinkedHashMap<>();
    if (c.getProperties() != null) {
      for (Property p : c.getProperties()) {
        if (p.getName() != null && p.getValue() != null) {
          out.putIfAbsent(p.getName(), p.getValue());
        }
      }
    }
    return out;
  }

  private static String nameOf(OrganizationalEntity e) {
    return e == null || e.getName() == null || e.getName().isBlank() ? null : e.getName();
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }
}
