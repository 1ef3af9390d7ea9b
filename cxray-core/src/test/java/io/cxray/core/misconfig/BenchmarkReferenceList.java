package io.cxray.core.misconfig;

import io.cxray.core.misconfig.engine.Rule;
import io.cxray.core.model.BenchmarkRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewed list of benchmark items rules may cite (test resource
 * misconfig/benchmark-references.tsv): benchmark name, version, item id, a short title and the
 * public source(s) the item was checked against. A rule's {@code benchmark} string is the name
 * followed by {@code " v" + version}.
 */
final class BenchmarkReferenceList {
  /** One reviewed benchmark item. */
  record Item(String benchmark, String version, String id, String title, List<String> sources) {
    /** The benchmark string as rules write it, e.g. {@code CIS Docker Benchmark v1.6.0}. */
    String qualifiedBenchmark() {
      return benchmark + " v" + version;
    }

    String key() {
      return qualifiedBenchmark() + " " + id;
    }
  }

  private final Map<String, Item> byKey;
  private final List<String> duplicates;

  private BenchmarkReferenceList(Map<String, Item> byKey, List<String> duplicates) {
    this.byKey = byKey;
    this.duplicates = duplicates;
  }

  static BenchmarkReferenceList load() {
    try (InputStream in =
        BenchmarkReferenceList.class.getResourceAsStream("/misconfig/benchmark-references.tsv")) {
      if (in == null) {
        throw new IllegalStateException("misconfig/benchmark-references.tsv is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BenchmarkReferenceList parse(String tsv) {
    Map<String, Item> byKey = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 5) {
        throw new IllegalArgumentException("expected 5 tab-separated columns: " + line);
      }
      List<String> sources = List.of(c[4].trim().split("\\s+"));
      Item item = new Item(c[0].trim(), c[1].trim(), c[2].trim(), c[3].trim(), sources);
      if (byKey.putIfAbsent(item.key(), item) != null) {
        duplicates.add(item.key());
      }
    }
    return new BenchmarkReferenceList(byKey, duplicates);
  }

  Collection<Item> items() {
    return byKey.values();
  }

  List<String> duplicates() {
    return duplicates;
  }

  boolean lists(BenchmarkRef ref) {
    return byKey.containsKey(ref.benchmark() + " " + ref.id());
  }

  /** "RULE-ID: benchmark id" for every reference of these rules that the list lacks. */
  List<String> unlisted(Collection<Rule> rules) {
    List<String> out = new ArrayList<>();
    for (Rule rule : rules) {
      for (BenchmarkRef ref : rule.references()) {
        if (!lists(ref)) {
          out.add(rule.id() + ": " + ref.benchmark() + " " + ref.id());
        }
      }
    }
    return out;
  }
}
