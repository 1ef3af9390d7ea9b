package io.cxray.core.misconfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.misconfig.engine.Rule;
import io.cxray.core.model.BenchmarkRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every benchmark reference a built-in rule carries is in the reviewed list
 * (misconfig/benchmark-references.tsv), with its version and a public source; the list holds no
 * item that no rule cites. How the list was checked: docs/misconfig.md, "Benchmark references".
 */
class BenchmarkReferencesTest {
  private static final BenchmarkReferenceList LIST = BenchmarkReferenceList.load();

  @TempDir Path tmp;

  @Test
  void everyRuleReferenceIsInTheReviewedList() {
    var rules = RuleCatalog.builtIn().rules();
    assertThat(LIST.unlisted(rules)).as("references missing from the reviewed list").isEmpty();
    long cited = rules.stream().mapToLong(r -> r.references().size()).sum();
    assertThat(cited).isGreaterThanOrEqualTo(60);
  }

  @Test
  void everyListedItemHasAVersionAShortTitleAndAPublicSource() {
    assertThat(LIST.duplicates()).isEmpty();
    assertThat(LIST.items()).hasSizeGreaterThanOrEqualTo(60);
    for (var item : LIST.items()) {
      assertThat(item.version()).as(item.key()).matches("\\d+(\\.\\d+)+");
      assertThat(item.id()).as(item.key()).matches("\\d+(\\.\\d+)*");
      // a label of a few words, never benchmark prose
      assertThat(item.title()).as(item.key()).isNotBlank().hasSizeLessThanOrEqualTo(60);
      assertThat(item.sources()).as(item.key()).isNotEmpty();
      assertThat(item.sources()).as(item.key()).allMatch(s -> s.startsWith("https://"));
    }
  }

  @Test
  void everyListedItemIsCitedByARule() {
    Set<String> cited =
        RuleCatalog.builtIn().rules().stream()
            .flatMap(r -> r.references().stream())
            .map(ref -> ref.benchmark() + " " + ref.id())
            .collect(Collectors.toSet());
    assertThat(LIST.items())
        .filteredOn(item -> !cited.contains(item.key()))
        .extracting(BenchmarkReferenceList.Item::key)
        .as("listed items no rule cites (remove them or cite them)")
        .isEmpty();
  }

  @Test
  void aReferenceOutsideTheListIsReported() {
    new TreeFixture(tmp)
        .file(
            "org.yaml",
            "id: ORG-DOCKER-001\ntitle: t\nseverity: LOW\napplies_to: {kind: dockerfile}\n"
                + "fail_if: \"instructions.exists(i, i.cmd == 'MAINTAINER')\"\nremediation: r\n"
                + "refs:\n  cis:\n"
                + "    - {benchmark: CIS Docker Benchmark v1.6.0, id: \"4.1\"}\n"
                + "    - {benchmark: CIS Docker Benchmark v1.3.1, id: \"5.31\"}\n"
                + "examples:\n  fail: [{file: Dockerfile, content: \"FROM a:1\\nMAINTAINER x\\n\"}]\n"
                + "  pass: [{file: Dockerfile, content: \"FROM a:1\\n\"}]\n");
    RuleCatalog catalog = RuleCatalog.load(tmp);
    assertThat(catalog.errors()).isEmpty();
    Rule custom = catalog.find("ORG-DOCKER-001").orElseThrow();
    assertThat(LIST.unlisted(List.of(custom)))
        .containsExactly("ORG-DOCKER-001: CIS Docker Benchmark v1.3.1 5.31");
  }

  @Test
  void aBenchmarkWithoutItsVersionIsNotListed() {
    assertThat(LIST.lists(new BenchmarkRef("CIS Docker Benchmark v1.6.0", "4.1"))).isTrue();
    assertThat(LIST.lists(new BenchmarkRef("CIS Docker Benchmark", "4.1"))).isFalse();
    assertThat(LIST.lists(new BenchmarkRef("CIS Docker Benchmark v1.6.0", "5.31"))).isFalse();
  }
}
