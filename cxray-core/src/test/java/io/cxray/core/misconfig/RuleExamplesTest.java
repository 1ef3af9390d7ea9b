package io.cxray.core.misconfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.misconfig.engine.Rule;
import io.cxray.core.misconfig.engine.RuleExample;
import io.cxray.core.model.MisconfigFinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule fails on each of its failing examples and passes each passing one. */
class RuleExamplesTest {
  private static final RuleCatalog CATALOG = RuleCatalog.builtIn();
  private static final MisconfigScanner SCANNER = new MisconfigScanner(CATALOG);

  @TempDir Path tmp;

  static Stream<Rule> rules() {
    return CATALOG.rules().stream();
  }

  @Test
  void builtInRulesAllLoad() {
    assertThat(CATALOG.errors()).isEmpty();
    assertThat(CATALOG.rules()).hasSizeGreaterThanOrEqualTo(70);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void failsOnItsFailingExamples(Rule rule) throws IOException {
    int i = 0;
    for (RuleExample example : rule.failExamples()) {
      List<MisconfigFinding> hits = findings(rule, example, "fail" + i++);
      assertThat(hits).as("%s failing example %d: %s", rule.id(), i, example.files()).isNotEmpty();
      assertThat(hits).allSatisfy(f -> assertThat(f.location().line()).isGreaterThanOrEqualTo(0));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void passesOnItsPassingExamples(Rule rule) throws IOException {
    int i = 0;
    for (RuleExample example : rule.passExamples()) {
      List<MisconfigFinding> hits = findings(rule, example, "pass" + i++);
      assertThat(hits).as("%s passing example %d: %s", rule.id(), i, example.files()).isEmpty();
    }
  }

  private List<MisconfigFinding> findings(Rule rule, RuleExample example, String name)
      throws IOException {
    Path root = tmp.resolve(name);
    for (var file : example.files().entrySet()) {
      Path p = root.resolve(file.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, file.getValue());
    }
    MisconfigResult result = SCANNER.scan(root);
    assertThat(result.warnings()).as("%s example warnings", rule.id()).isEmpty();
    return result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
  }
}
