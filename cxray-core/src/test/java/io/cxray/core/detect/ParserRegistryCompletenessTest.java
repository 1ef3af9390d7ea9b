package io.cxray.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The explicit registry lists every parser the code has, under well-formed unique ids. */
class ParserRegistryCompletenessTest {
  private static final Pattern ID =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*");

  // Parsers live under io.cxray.core.detect (ARCHITECTURE.md); importing only that package keeps
  // the test fast.
  @Test
  void everyParserClassIsRegistered() {
    Set<String> implementations =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.cxray.core.detect")
                .stream()
                .filter(c -> c.isAssignableTo(DependencyFileParser.class))
                .filter(c -> !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
    Set<String> registered =
        ParserRegistry.builtIn().parsers().stream()
            .map(p -> p.getClass().getName())
            .collect(Collectors.toSet());
    assertThat(registered).containsExactlyInAnyOrderElementsOf(implementations);
  }

  @Test
  void idsAreUniqueAndNamedEcosystemSlashFormat() {
    List<String> ids = ParserRegistry.builtIn().parsers().stream().map(p -> p.id()).toList();
    assertThat(ids)
        .doesNotHaveDuplicates()
        .allMatch(id -> ID.matcher(id).matches(), "<ecosystem>/<format>");
    assertThat(ids).as("sorted by id, to ease merges").isSorted();
  }

  @Test
  void idStartsWithItsEcosystem() {
    for (DependencyFileParser p : ParserRegistry.builtIn().parsers()) {
      String prefix = p.id().substring(0, p.id().indexOf('/'));
      assertThat(List.of(p.ecosystem().apiName(), p.ecosystem().purlType()))
          .as("ecosystem prefix of %s", p.id())
          .contains(prefix);
    }
  }
}
