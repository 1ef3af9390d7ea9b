package io.cxray.core.detect.maven;

import io.cxray.core.detect.xml.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where online Maven resolution reads from and caches to.
 *
 * <p>Each setting comes from a system property, else an environment variable, else a default:
 *
 * <ul>
 *   <li>{@code cxray.maven.repositories} / {@code CXRAY_MAVEN_REPOSITORIES}: remote repositories as
 *       {@code id=url,id=url}; default: the {@code central} repository of Maven's own super POM
 *       (read from maven-model-builder, so the address is Maven's, not CXRay's);
 *   <li>{@code cxray.maven.localRepository} / {@code CXRAY_MAVEN_LOCAL_REPOSITORY}: the local
 *       cache; default {@code ~/.m2/repository};
 *   <li>{@code cxray.maven.seedRepositories} / {@code CXRAY_MAVEN_SEED_REPOSITORIES}: more local
 *       repositories, comma-separated, read but never written (for example {@code ~/.m2/repository}
 *       behind a fresh cache).
 * </ul>
 *
 * Repositories declared inside scanned POMs are never contacted: a scanned file must not make the
 * scanner fetch from hosts of its choosing.
 *
 * @param repositories id to URL, in search order
 */
public record MavenResolverSettings(
    Path localRepository, List<Path> seedRepositories, Map<String, String> repositories) {

  private static final String SUPER_POM = "/org/apache/maven/model/pom-4.0.0.xml";

  public MavenResolverSettings {
    seedRepositories = List.copyOf(seedRepositories);
    repositories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(repositories));
  }

  /** Settings from system properties and the environment, with the defaults above. */
  public static MavenResolverSettings fromEnvironment() {
    String local = setting("cxray.maven.localRepository", "CXRAY_MAVEN_LOCAL_REPOSITORY");
    Path localRepo =
        local != null
            ? Path.of(local)
            : Path.of(System.getProperty("user.home"), ".m2", "repository");
    List<Path> seeds = new ArrayList<>();
    String seed = setting("cxray.maven.seedRepositories", "CXRAY_MAVEN_SEED_REPOSITORIES");
    if (seed != null) {
      for (String s : seed.split(",")) {
        if (!s.isBlank()) {
          seeds.add(Path.of(s.trim()));
        }
      }
    }
    String repos = setting("cxray.maven.repositories", "CXRAY_MAVEN_REPOSITORIES");
    return new MavenResolverSettings(
        localRepo, seeds, repos != null ? parseRepositories(repos) : mavenDefaultRepositories());
  }

  private static String setting(String property, String env) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      v = System.getenv(env);
    }
    return v == null || v.isBlank() ? null : v.trim();
  }

  static Map<String, String> parseRepositories(String spec) {
    Map<String, String> repos = new LinkedHashMap<>();
    for (String entry : spec.split(",")) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        repos.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
      }
    }
    return repos;
  }

  /** The repositories of Maven's super POM (the one every POM inherits): {@code central}. */
  static Map<String, String> mavenDefaultRepositories() {
    try (InputStream in = MavenResolverSettings.class.getResourceAsStream(SUPER_POM)) {
      if (in == null) {
        throw new IllegalStateException("Maven's super POM is not on the classpath");
      }
      Pom superPom = PomReader.read(in.readAllBytes());
      return superPom.repositories();
    } catch (IOException | SafeXml.XmlException e) {
      throw new IllegalStateException("Maven's super POM is not readable", e);
    }
  }
}
