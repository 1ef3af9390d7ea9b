package io.cxray.core.misconfig.engine;

import io.cxray.core.misconfig.FileKind;
import io.cxray.core.misconfig.yaml.BoundedYamlReader;
import io.cxray.core.misconfig.yaml.YamlReadException;
import io.cxray.core.model.BenchmarkRef;
import io.cxray.core.model.CceRef;
import io.cxray.core.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads rule definitions (YAML, one rule per document) and checks each before it is used: the id's
 * shape, severity, file kind, every CCE id's Luhn digit, the CEL expressions compile or the named
 * Java check exists, and at least one failing and one passing example. docs/misconfig.md describes
 * the format. A bad rule becomes a {@link RuleLoadError}; the others still load.
 */
public final class RuleLoader {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+-\\d{3}");

  private final CelEnvironments cel;
  private final Map<String, RuleCheck> javaChecks;

  /**
   * @param javaChecks the Java checks a rule may name in {@code check:}, by name
   */
  public RuleLoader(CelEnvironments cel, Map<String, RuleCheck> javaChecks) {
    this.cel = cel;
    this.javaChecks = Map.copyOf(javaChecks);
  }

  /** The rules and load errors of one YAML text. */
  public void load(String yaml, String origin, List<Rule> rules, List<RuleLoadError> errors) {
    List<Object> docs;
    try {
      docs = BoundedYamlReader.defaults().readAll(yaml);
    } catch (YamlReadException e) {
      errors.add(new RuleLoadError(origin, null, e.getMessage()));
      return;
    }
    for (Object doc : docs) {
      if (!(doc instanceof Map<?, ?> map)) {
        errors.add(new RuleLoadError(origin, null, "a rule document must be a mapping"));
        continue;
      }
      String id = text(map.get("id"));
      try {
        rules.add(rule(map, origin));
      } catch (IllegalArgumentException e) {
        errors.add(new RuleLoadError(origin, id, e.getMessage()));
      }
    }
  }

  private Rule rule(Map<?, ?> doc, String origin) {
    String id = required(doc, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id must look like CXR-DOCKER-001, got '" + id + "'");
    }
    Severity severity =
        Severity.parse(required(doc, "severity"))
            .orElseThrow(
                () -> new IllegalArgumentException("unknown severity " + doc.get("severity")));
    Map<?, ?> applies = map(doc.get("applies_to"), "applies_to");
    FileKind kind =
        FileKind.fromId(text(applies.get("kind")))
            .orElseThrow(
                () ->
                    new IllegalArgumentException("unknown applies_to.kind " + applies.get("kind")));
    Map<?, ?> refs = doc.get("refs") == null ? Map.of() : map(doc.get("refs"), "refs");
    return new Rule(
        id,
        required(doc, "title"),
        severity,
        kind,
        Set.copyOf(strings(applies.get("objectKinds"))),
        cceRefs(refs.get("cce")),
        benchmarks(refs.get("cis")),
        required(doc, "remediation"),
        text(doc.get("expected")),
        check(doc, kind),
        examples(doc, "fail"),
        examples(doc, "pass"),
        origin);
  }

  private RuleCheck check(Map<?, ?> doc, FileKind kind) {
    String javaName = text(doc.get("check"));
    String failIf = text(doc.get("fail_if"));
    if (javaName != null && failIf != null) {
      throw new IllegalArgumentException("a rule has either fail_if or check, not both");
    }
    if (javaName != null) {
      RuleCheck c = javaChecks.get(javaName);
      if (c == null) {
        throw new IllegalArgumentException("no Java check named '" + javaName + "'");
      }
      return c;
    }
    if (failIf == null) {
      throw new IllegalArgumentException("missing fail_if (or check)");
    }
    return CelCheck.compile(
        cel.forKind(kind),
        text(doc.get("for_each")),
        failIf,
        text(doc.get("evidence")),
        text(doc.get("at")));
  }

  private static List<CceRef> cceRefs(Object value) {
    List<CceRef> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException("refs.cce must be a list of {id, platform}");
    }
    for (Object o : list) {
      Map<?, ?> m = map(o, "refs.cce entry");
      String cceId = required(m, "id");
      String platform = required(m, "platform");
      if (!CceId.isValid(cceId)) {
        throw new IllegalArgumentException(
            "CCE id " + cceId + " is malformed or fails its Luhn check digit");
      }
      out.add(new CceRef(cceId, platform));
    }
    return out;
  }

  /** {@code {benchmark, id}} entries, or strings whose last word is the item number. */
  private static List<BenchmarkRef> benchmarks(Object value) {
    List<BenchmarkRef> out = new ArrayList<>();
    if (!(value instanceof List<?> list)) {
      return out;
    }
    for (Object o : list) {
      if (o instanceof Map<?, ?> m) {
        out.add(new BenchmarkRef(required(m, "benchmark"), required(m, "id")));
      } else if (o instanceof String s && s.trim().lastIndexOf(' ') > 0) {
        String t = s.trim();
        int sp = t.lastIndexOf(' ');
        out.add(new BenchmarkRef(t.substring(0, sp), t.substring(sp + 1)));
      } else {
        throw new IllegalArgumentException("refs.cis entry must be {benchmark, id}: " + o);
      }
    }
    return out;
  }

  private static List<RuleExample> examples(Map<?, ?> doc, String which) {
    Map<?, ?> examples = map(doc.get("examples"), "examples");
    if (!(examples.get(which) instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException("examples." + which + " needs at least one example");
    }
    List<RuleExample> out = new ArrayList<>();
    for (Object o : list) {
      Map<?, ?> m = map(o, "example");
      Map<String, String> files = new LinkedHashMap<>();
      if (m.get("files") instanceof List<?> many) {
        for (Object f : many) {
          Map<?, ?> fm = map(f, "example file");
          files.put(required(fm, "file"), contentOf(fm));
        }
      } else {
        files.put(required(m, "file"), contentOf(m));
      }
      out.add(new RuleExample(files));
    }
    return out;
  }

  private static String contentOf(Map<?, ?> m) {
    Object c = m.get("content");
    return c == null ? "" : c.toString();
  }

  private static Map<?, ?> map(Object value, String what) {
    if (value instanceof Map<?, ?> m) {
      return m;
    }
    throw new IllegalArgumentException(what + " must be a mapping");
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        out.add(String.valueOf(o));
      }
    }
    return out;
  }

  private static String required(Map<?, ?> m, String key) {
    String v = text(m.get(key));
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("missing " + key);
    }
    return v.trim();
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }
}
