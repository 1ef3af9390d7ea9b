package io.cxray.core.detect.maven;

import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseResultBuilder;
import io.cxray.core.detect.TextLines;
import io.cxray.core.detect.xml.SafeXml;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.DependencyNode;

/**
 * Reads a Maven {@code pom.xml}.
 *
 * <p>Offline (the default), the POM's effective model is built from the scanned tree alone (parents
 * found by {@code relativePath}; see {@link EffectivePomBuilder}) and its direct dependencies are
 * reported; a version that comes from a parent or BOM outside the tree is reported as unknown, with
 * a warning. When the scan allows the network, parents and imported BOMs missing from the tree are
 * fetched from the configured repositories ({@link MavenResolverSettings}) and the transitive
 * dependencies are collected with Maven Resolver as Maven would ({@link TransitiveResolver}), so
 * the set equals {@code mvn dependency:list}. The result's notes say which of the two happened.
 */
public final class PomParser extends NamedFileParser {
  public static final String ID = "maven/pom";
  static final String OFFLINE_NOTE = "direct dependencies only: resolution was offline";
  static final int MAX_NODES = 20_000;

  private final Supplier<MavenResolverSettings> settings;

  /** A parser that takes resolver settings from system properties and the environment. */
  public PomParser() {
    this(MavenResolverSettings::fromEnvironment);
  }

  public PomParser(MavenResolverSettings settings) {
    this(() -> settings);
  }

  private PomParser(Supplier<MavenResolverSettings> settings) {
    super(ID, Ecosystem.MAVEN, "pom.xml");
    this.settings = settings;
  }

  @Override
  public ParseResult parse(String relativePath, byte[] content, ParseContext context) {
    ParseResultBuilder out = new ParseResultBuilder(relativePath, ID);
    Pom pom;
    try {
      pom = PomReader.read(content);
    } catch (SafeXml.XmlException e) {
      out.warn("not a readable POM: " + e.getMessage());
      return out.build();
    }
    LocatedPom located = new LocatedPom(pom, relativePath, relativePath);
    if (context.networkAllowed()) {
      try {
        resolveOnline(located, context, out);
        return out.build();
      } catch (RuntimeException e) {
        // Resolver set-up failed (for example an unusable local repository): read offline.
        out = new ParseResultBuilder(relativePath, ID);
        out.warn("online resolution unavailable: " + TextLines.firstLine(e.getMessage()));
      }
    }
    EffectivePom effective = new EffectivePomBuilder(new PomLocator(context, null)).build(located);
    effective.problems().forEach(out::warn);
    reportDirect(effective, out);
    out.note(OFFLINE_NOTE);
    return out.build();
  }

  private void resolveOnline(LocatedPom located, ParseContext context, ParseResultBuilder out) {
    MavenRepositories repositories = new MavenRepositories(settings.get());
    DescriptorProblems descriptorProblems = new DescriptorProblems();
    RepositorySystemSession session = repositories.newSession(descriptorProblems);
    PomLocator locator = new PomLocator(context, new RepositoryPoms(repositories, session));
    EffectivePom effective = new EffectivePomBuilder(locator).build(located);
    effective.problems().forEach(out::warn);
    List<MavenDependency> roots = new ArrayList<>();
    for (MavenDependency d : effective.dependencies()) {
      if (MavenScopes.isResolvable(d)) {
        roots.add(d);
      }
    }
    DependencyNode root;
    try {
      root = new TransitiveResolver(repositories, session).collect(effective, roots);
    } catch (DependencyCollectionException | RuntimeException e) {
      out.warn("transitive resolution failed: " + TextLines.firstLine(e.getMessage()));
      reportDirect(effective, out);
      out.note("direct dependencies only: transitive resolution failed");
      return;
    }
    new ResolvedGraphReporter(out, effective, MAX_NODES).report(root);
    descriptorProblems.problems().forEach(out::warn);
    out.note(
        "transitive dependencies resolved with Maven Resolver from repositories "
            + repositories.remoteIds());
  }

  /** The effective direct dependencies, versions unknown where they could not be resolved. */
  private static void reportDirect(EffectivePom effective, ParseResultBuilder out) {
    for (MavenDependency d : effective.dependencies()) {
      if (!MavenScopes.known(d.groupId()) || !MavenScopes.known(d.artifactId())) {
        out.warn("dependency at line " + d.line() + " has no resolvable groupId/artifactId");
        continue;
      }
      if ("import".equals(d.scope())) {
        continue;
      }
      String version = MavenScopes.known(d.version()) ? d.version() : null;
      if (version == null) {
        out.warn(
            d.groupId()
                + ":"
                + d.artifactId()
                + (d.version() == null
                    ? ": no version (not declared, and not managed by any POM that was read)"
                    : ": version '" + d.version() + "' could not be expanded"));
      } else if (MavenVersions.isRange(version)) {
        out.warn(
            d.groupId()
                + ":"
                + d.artifactId()
                + ": version range "
                + version
                + " not resolved offline");
        version = null;
      }
      String key =
          out.add(
              MavenCoordinates.toPackage(
                  d.groupId(),
                  d.artifactId(),
                  version,
                  d.type(),
                  d.classifier(),
                  d.file() != null ? d.file() : out.file(),
                  d.line(),
                  Relationship.DIRECT,
                  MavenScopes.of(d.scope(), d.isOptional())));
      out.edge(ParseResult.ROOT, key);
    }
  }
}
