package io.cxray.core.sbom;

import io.cxray.core.model.DependencyEdge;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.PackageNames;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import io.cxray.core.model.SourceLocation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a scan of a small mixed repository finds, as detectors report it. */
final class SampleScan {
  static final Instant WHEN = Instant.parse("2026-11-28T05:00:00Z");
  static final SbomTool TOOL = new SbomTool("CXRay", "cxray", "0.1.0");
  static final SbomSubject SUBJECT =
      SbomSubject.ofRepository(
          "https://git.example/acme/shop.git", "main", "4b825dc642cb6eb9a060e54bf8d69288fbee4904");

  static final String SHA512 =
      "b3a9d0b8a9b8e2d62e5a6c0dbd2de4b8b7a1f0c0d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f";

  private SampleScan() {}

  static Package pkg(
      Ecosystem e,
      String name,
      String version,
      String file,
      Scope scope,
      List<String> licenses,
      Map<String, String> hashes) {
    return new Package(
        e,
        PackageNames.normalize(e, name),
        version,
        PackageNames.toPurl(e, name, version),
        SourceLocation.of(file, 0),
        Relationship.UNKNOWN,
        scope,
        licenses,
        hashes);
  }

  static final Package EXPRESS =
      pkg(
          Ecosystem.NPM,
          "express",
          "4.17.1",
          "package-lock.json",
          Scope.RUNTIME,
          List.of("MIT"),
          Map.of("SHA-512", SHA512));
  static final Package QS =
      pkg(
          Ecosystem.NPM,
          "qs",
          "6.7.0",
          "package-lock.json",
          Scope.RUNTIME,
          List.of("BSD-3-Clause", "MIT OR Apache-2.0"),
          Map.of());
  static final Package TYPES =
      pkg(
          Ecosystem.NPM,
          "@types/node",
          "20.1.0",
          "package-lock.json",
          Scope.DEVELOPMENT,
          List.of(),
          Map.of("sha1", "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"));
  static final Package LOG4J =
      pkg(
          Ecosystem.MAVEN,
          "org.apache.logging.log4j:log4j-core",
          "2.14.1",
          "backend/pom.xml",
          Scope.RUNTIME,
          List.of("Apache License 2.0 (custom text)"),
          Map.of());
  static final Package REQUESTS =
      pkg(
          Ecosystem.PYPI,
          "Requests",
          "2.25.0",
          "tools/requirements.txt",
          Scope.UNKNOWN,
          List.of("Apache-2.0"),
          Map.of("SHA-256", "not-a-hex-digest"));

  /** Express again, from package.json without hashes: must merge into one component. */
  static final Package EXPRESS_FROM_MANIFEST =
      pkg(
          Ecosystem.NPM,
          "express",
          "4.17.1",
          "package.json",
          Scope.RUNTIME,
          List.of("MIT"),
          Map.of());

  static List<Package> packages() {
    return List.of(EXPRESS, QS, TYPES, LOG4J, REQUESTS, EXPRESS_FROM_MANIFEST);
  }

  static List<DependencyEdge> edges() {
    return List.of(
        new DependencyEdge("root", EXPRESS.key()),
        new DependencyEdge("root", TYPES.key()),
        new DependencyEdge("root", LOG4J.key()),
        new DependencyEdge("root", REQUESTS.key()),
        new DependencyEdge(EXPRESS.key(), QS.key()),
        new DependencyEdge(EXPRESS.key(), "pkg:npm/not-in-the-scan@1.0.0"));
  }

  static SbomDocument document() {
    return SbomAssembler.assemble(SUBJECT, TOOL, WHEN, packages(), edges());
  }
}
