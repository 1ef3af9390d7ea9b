package io.cxray.core.detect.nuget;

import io.cxray.core.detect.DependencyFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseResultBuilder;
import io.cxray.core.detect.TextLines;
import io.cxray.core.detect.xml.SafeXml;
import io.cxray.core.detect.xml.XmlElement;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code <PackageReference>} items of SDK-style MSBuild project files ({@code .csproj},
 * {@code .fsproj}, {@code .vbproj}); see <a
 * href="https://learn.microsoft.com/en-us/nuget/consume-packages/package-references-in-project-files">PackageReference
 * in project files</a>.
 *
 * <p>The version is the {@code Version} attribute or child element; {@code VersionOverride}; or,
 * with <a
 * href="https://learn.microsoft.com/en-us/nuget/consume-packages/central-package-management">central
 * package management</a>, the {@code <PackageVersion>} of the nearest {@code
 * Directory.Packages.props} up the tree. {@code $(Property)} references are resolved from the
 * project's and the props file's {@code <PropertyGroup>}s. A bare version {@code 1.2.3} means
 * "1.2.3 or higher" but restores 1.2.3 when it exists, so it is taken as the version; {@code
 * [1.2.3]} pins it; floating versions and ranges are reported without a version, with a warning.
 * {@code PrivateAssets="all"} marks a development-only package (analyzers, build tools).
 */
public final class PackageReferenceParser implements DependencyFileParser {
  public static final String ID = "nuget/package-reference";
  private static final String PROPS = "Directory.Packages.props";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Ecosystem ecosystem() {
    return Ecosystem.NUGET;
  }

  @Override
  public boolean matches(String relativePath) {
    String name = TextLines.fileName(relativePath).toLowerCase(Locale.ROOT);
    return name.endsWith(".csproj") || name.endsWith(".fsproj") || name.endsWith(".vbproj");
  }

  @Override
  public ParseResult parse(String relativePath, byte[] content, ParseContext context) {
    ParseResultBuilder out = new ParseResultBuilder(relativePath, ID);
    XmlElement project;
    try {
      project = SafeXml.parse(content);
    } catch (SafeXml.XmlException e) {
      out.warn("not a readable project file: " + e.getMessage());
      return out.build();
    }
    MsBuildProperties properties = new MsBuildProperties();
    Optional<XmlElement> props = centralProps(relativePath, context, out);
    props.ifPresent(properties::addFrom);
    properties.addFrom(project);
    CentralVersions central = new CentralVersions(props.orElse(null), properties);
    for (XmlElement group : project.children("ItemGroup")) {
      for (XmlElement ref : group.children("PackageReference")) {
        addReference(ref, central, properties, out);
      }
    }
    return out.build();
  }

  private static void addReference(
      XmlElement ref,
      CentralVersions central,
      MsBuildProperties properties,
      ParseResultBuilder out) {
    String name = ref.attribute("Include");
    if (name == null || name.isBlank()) {
      // "Update" items change a reference declared elsewhere (for example Directory.Build.props).
      if (ref.attribute("Update") == null) {
        out.warn("PackageReference at line " + ref.line() + " has no package id; skipped");
      }
      return;
    }
    String raw = firstNonNull(ref.attribute("VersionOverride"), ref.attribute("Version"));
    raw = firstNonNull(raw, ref.childText("VersionOverride"), ref.childText("Version"));
    if (raw == null) {
      raw = central.versionOf(name);
    }
    String version = null;
    if (raw == null) {
      out.warn(name + ": no version (not in the project nor in " + PROPS + ")");
    } else {
      String expanded = properties.expand(raw);
      version = NuGetVersions.pinned(expanded);
      if (version == null) {
        out.warn(name + ": version '" + raw + "' is not pinned to one version; reported without");
      }
    }
    String privateAssets =
        firstNonNull(ref.attribute("PrivateAssets"), ref.childText("PrivateAssets"));
    Scope scope =
        privateAssets != null && privateAssets.trim().equalsIgnoreCase("all")
            ? Scope.DEVELOPMENT
            : Scope.RUNTIME;
    String key =
        out.add(Ecosystem.NUGET, name, version, ref.line(), Relationship.DIRECT, scope, Map.of());
    out.edge(ParseResult.ROOT, key);
  }

  /** The nearest Directory.Packages.props in this directory or above. */
  private static Optional<XmlElement> centralProps(
      String projectPath, ParseContext context, ParseResultBuilder out) {
    String dir = TextLines.directory(projectPath);
    for (int depth = 0; depth < 64; depth++) {
      Optional<byte[]> bytes = context.readFile(dir + PROPS);
      if (bytes.isPresent()) {
        try {
          XmlElement props = SafeXml.parse(bytes.get());
          out.note("central package versions from " + dir + PROPS);
          return Optional.of(props);
        } catch (SafeXml.XmlException e) {
          out.warn(dir + PROPS + " is not readable: " + e.getMessage());
          return Optional.empty();
        }
      }
      if (dir.isEmpty()) {
        break;
      }
      dir = TextLines.directory(dir.substring(0, dir.length() - 1));
    }
    return Optional.empty();
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
