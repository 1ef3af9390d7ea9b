package io.cxray.core.misconfig.engine;

import dev.cel.bundle.Cel;
import dev.cel.common.CelValidationException;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import io.cxray.core.misconfig.doc.CheckTarget;
import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A declarative rule condition. {@code for_each} (optional) gives a list; {@code fail_if} is
 * checked on each element bound to {@code item} (or once on the target without {@code for_each}).
 * {@code at} is a dotted path from a variable ({@code item.securityContext.privileged}) naming
 * where to report: the line of the deepest key on that path that exists. {@code evidence}
 * (optional) is a CEL string; without it the evidence is the source line.
 *
 * <p>An evaluation error (a missing key read without {@code has()} or {@code .?}, a type mismatch
 * on an unresolved Terraform expression) counts as "does not fail": the value is not known to break
 * the rule. The rule's own failing example catches a condition that never fires.
 */
public final class CelCheck implements RuleCheck {
  private final CelRuntime.Program forEach;
  private final CelRuntime.Program failIf;
  private final CelRuntime.Program evidence;
  private final String at;

  private CelCheck(
      CelRuntime.Program forEach,
      CelRuntime.Program failIf,
      CelRuntime.Program evidence,
      String at) {
    this.forEach = forEach;
    this.failIf = failIf;
    this.evidence = evidence;
    this.at = at;
  }

  /**
   * Compiles the expressions.
   *
   * @throws IllegalArgumentException with the compiler's message when an expression is invalid
   */
  public static CelCheck compile(
      Cel cel, String forEach, String failIf, String evidence, String at) {
    return new CelCheck(
        forEach == null ? null : program(cel, "for_each", forEach),
        program(cel, "fail_if", failIf),
        evidence == null ? null : program(cel, "evidence", evidence),
        at);
  }

  private static CelRuntime.Program program(Cel cel, String field, String expr) {
    try {
      return cel.createProgram(cel.compile(expr).getAst());
    } catch (CelValidationException e) {
      throw new IllegalArgumentException(field + " does not compile: " + e.getMessage(), e);
    } catch (CelEvaluationException e) {
      throw new IllegalArgumentException(field + " cannot be planned: " + e.getMessage(), e);
    }
  }

  @Override
  public List<RuleHit> check(CheckTarget target) {
    Map<String, Object> vars = new HashMap<>(target.variables());
    vars.put(CelEnvironments.FILE, target.file());
    List<RuleHit> hits = new ArrayList<>();
    if (forEach == null) {
      if (isTrue(failIf, vars)) {
        hits.add(hit(vars, target));
      }
      return hits;
    }
    Object items = eval(forEach, vars);
    if (!(items instanceof List<?> list)) {
      return hits;
    }
    for (Object item : list) {
      vars.put(CelEnvironments.ITEM, item);
      if (isTrue(failIf, vars)) {
        hits.add(hit(vars, target));
      }
    }
    return hits;
  }

  private RuleHit hit(Map<String, Object> vars, CheckTarget target) {
    String text = null;
    if (evidence != null && eval(evidence, vars) instanceof String s) {
      text = s;
    }
    Location loc = locate(vars, target);
    if (text == null && loc.missing != null) {
      text = loc.missing + " not set";
    }
    return new RuleHit(loc.file, loc.line, text, null);
  }

  /** Where to report; {@code missing} names the part of the {@code at} path that is absent. */
  private record Location(String file, int line, String missing) {}

  /** Walks the {@code at} path (or just {@code item}) and keeps the last position it saw. */
  private Location locate(Map<String, Object> vars, CheckTarget target) {
    String path = at != null ? at : (vars.containsKey(CelEnvironments.ITEM) ? "item" : null);
    String file = null;
    int line = target.line();
    if (path == null) {
      return new Location(null, line, null);
    }
    String[] parts = path.split("\\.");
    Object cur = vars.get(parts[0]);
    if (cur instanceof PositionedMap m) {
      line = m.line();
      file = m.file() != null ? m.file() : file;
    } else if (cur instanceof PositionedList l) {
      line = l.line();
    }
    String missing = null;
    for (int i = 1; i < parts.length && cur != null; i++) {
      String key = parts[i];
      if (cur instanceof PositionedMap m && m.containsKey(key)) {
        line = m.lineOf(key);
        file = m.file() != null ? m.file() : file;
        cur = m.get(key);
      } else if (cur instanceof PositionedList l && isIndex(key, l.size())) {
        line = l.lineOf(Integer.parseInt(key));
        cur = l.get(Integer.parseInt(key));
      } else {
        missing = String.join(".", java.util.Arrays.copyOfRange(parts, 1, parts.length));
        break;
      }
      if (cur instanceof PositionedMap m && m.file() != null) {
        file = m.file();
      }
    }
    return new Location(file, line, missing);
  }

  private static boolean isIndex(String key, int size) {
    if (key.isEmpty() || key.length() > 6 || !key.chars().allMatch(Character::isDigit)) {
      return false;
    }
    return Integer.parseInt(key) < size;
  }

  private static boolean isTrue(CelRuntime.Program p, Map<String, Object> vars) {
    return Boolean.TRUE.equals(eval(p, vars));
  }

  private static Object eval(CelRuntime.Program p, Map<String, Object> vars) {
    try {
      return p.eval(vars);
    } catch (CelEvaluationException | RuntimeException e) {
      return null;
    }
  }
}
