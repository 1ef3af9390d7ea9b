package io.cxray.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the shape of ARCHITECTURE.md: cxray-core knows nothing of HTTP, Spring or SQL, and its
 * packages point one way (model ← version ← {detect, advisory, sbom, misconfig} ← match ← scan).
 */
class CoreArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cxray.core");
  }

  @Test
  void coreImportsNoFrameworkServletOrJdbc() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta.servlet..",
            "javax.servlet..",
            "jakarta.persistence..",
            "java.sql..",
            "javax.sql..",
            "org.flywaydb..",
            "org.postgresql..")
        .because("the core engine is a plain library (ARCHITECTURE.md)")
        .check(core);
  }

  @Test
  void modelDependsOnNothingButTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("io.cxray.core.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("io.cxray.core.model..", "java..")
        .check(core);
  }

  @Test
  void lowerLayersDoNotReachUp() {
    noClasses()
        .that()
        .resideInAnyPackage("io.cxray.core.model..", "io.cxray.core.version..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.cxray.core.detect..",
            "io.cxray.core.advisory..",
            "io.cxray.core.sbom..",
            "io.cxray.core.misconfig..",
            "io.cxray.core.match..",
            "io.cxray.core.scan..")
        .check(core);
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.cxray.core.detect..",
            "io.cxray.core.advisory..",
            "io.cxray.core.sbom..",
            "io.cxray.core.misconfig..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.cxray.core.match..", "io.cxray.core.scan..")
        .allowEmptyShould(true)
        .check(core);
    noClasses()
        .that()
        .resideInAPackage("io.cxray.core.match..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.cxray.core.scan..")
        .allowEmptyShould(true)
        .check(core);
  }

  @Test
  void topLevelPackagesHaveNoCycles() {
    slices().matching("io.cxray.core.(*)..").should().beFreeOfCycles().check(core);
  }
}
