package io.cxray.server.sbom;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.advisory.importer.ImportConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test inputs: the core module's SBOM cases, the shared data, and the advisory import. */
final class SbomTestData {

  static final Path CASES = Path.of("../cxray-core/src/test/resources/io/cxray/core/sbom/cases");

  private static AdvisoryDatabase importedInto;

  private SbomTestData() {}

  static Path shared() {
    return Path.of(System.getProperty("cxray.shared.dir", "../../shared"));
  }

  /** The input file of a core SBOM case. */
  static Path caseInput(String name) {
    try (var files = Files.list(CASES.resolve(name))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("input"))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports the shared OSV npm, PyPI and Maven advisories, once per server context. */
  static synchronized void importAdvisories(AdvisoryDatabase database) {
    if (importedInto == database) {
      return;
    }
    database.importAll(
        new ImportConfig(
            shared().resolve("advisories/osv").toString(),
            List.of("npm", "PyPI", "Maven"),
            null,
            null,
            null,
            null,
            null));
    importedInto = database;
  }

  /**
   * A CycloneDX 1.6 SBOM: lodash 4.17.15 (several npm advisories, CVE-2020-8203 among them, which
   * the document's own VEX statement declares not_affected) and left-pad 1.3.0 (none), one of them
   * without supplier.
   */
  static final String LODASH_WITH_VEX =
      """
      {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "serialNumber": "urn:uuid:6f1a7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
        "version": 1,
        "metadata": {
          "timestamp": "2026-01-15T10:30:00Z",
          "authors": [{"name": "Web Team"}],
          "component": {"type": "application", "bom-ref": "shop", "name": "shop", "version": "1.0.0"}
        },
        "components": [
          {"type": "library", "bom-ref": "pkg:npm/lodash@4.17.15", "name": "lodash",
           "version": "4.17.15", "purl": "pkg:npm/lodash@4.17.15",
           "supplier": {"name": "OpenJS Foundation"},
           "licenses": [{"license": {"id": "MIT"}}]},
          {"type": "library", "bom-ref": "pkg:npm/left-pad@1.3.0", "name": "left-pad",
           "version": "1.3.0", "purl": "pkg:npm/left-pad@1.3.0",
           "licenses": [{"license": {"id": "WTFPL"}}]}
        ],
        "dependencies": [
          {"ref": "shop", "dependsOn": ["pkg:npm/lodash@4.17.15", "pkg:npm/left-pad@1.3.0"]}
        ],
        "vulnerabilities": [
          {"id": "CVE-2020-8203", "source": {"name": "NVD"},
           "analysis": {"state": "not_affected", "justification": "code_not_reachable",
                        "detail": "zipObjectDeep is never called"},
           "affects": [{"ref": "pkg:npm/lodash@4.17.15"}]}
        ]
      }
      """;
}
