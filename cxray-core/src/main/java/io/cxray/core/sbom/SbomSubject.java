package io.cxray.core.sbom;

/**
 * What an SBOM describes: the scanned project (CycloneDX {@code metadata.component}, the package an
 * SPDX document {@code DESCRIBES}).
 *
 * @param ref its reference inside the document (bom-ref / SPDXID)
 * @param name its name (for a repository, the repository name)
 * @param version its version, or null
 * @param repositoryUrl the source repository URL, or null
 * @param branch the branch scanned, or null
 * @param commit the commit scanned, or null
 */
public record SbomSubject(
    String ref, String name, String version, String repositoryUrl, String branch, String commit) {

  /**
   * A subject for a scanned repository; its name is the last path segment of the URL without {@code
   * .git}.
   */
  public static SbomSubject ofRepository(String repositoryUrl, String branch, String commit) {
    String trimmed = repositoryUrl.replaceAll("/+$", "");
    String name =
        trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1);
    if (name.endsWith(".git")) {
      name = name.substring(0, name.length() - 4);
    }
    if (name.isEmpty()) {
      name = "project";
    }
    return new SbomSubject(name, name, null, repositoryUrl, branch, commit);
  }
}
