package io.cxray.core.misconfig.actions;

import io.cxray.core.misconfig.doc.CheckTarget;
import io.cxray.core.misconfig.doc.PositionedMap;
import io.cxray.core.misconfig.engine.RuleCheck;
import io.cxray.core.misconfig.engine.RuleHit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Script injection: an attacker-controlled value ({@code ${{ github.event.issue.title }}}, a branch
 * name...) expanded by the runner into a {@code run:} script or an {@code actions/github-script}
 * script, before the shell sees it (<a
 * href="https://docs.github.com/en/actions/concepts/security/script-injections">GitHub: script
 * injections</a>). Taint follows {@code env:} (workflow, job, step): {@code ${{ env.TITLE }}} is
 * tainted when {@code TITLE} was set from an untrusted value. Reading {@code $TITLE} in the shell
 * is the safe form and is not reported.
 */
public final class ScriptInjectionCheck implements RuleCheck {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}");
  private static final Pattern UNTRUSTED =
      Pattern.compile(
          "github\\.head_ref"
              + "|github\\.event\\.(issue|pull_request|discussion)\\.(title|body)"
              + "|github\\.event\\.(comment|review|review_comment)\\.body"
              + "|github\\.event\\.pages\\b.*\\.page_name"
              + "|github\\.event\\.(commits|head_commit)\\b.*\\.(message|author\\.(email|name))"
              + "|github\\.event\\.pull_request\\.head\\.(ref|label|repo\\.default_branch)"
              + "|github\\.event\\.workflow_run\\.(head_branch|head_commit\\.(message|author)"
              + "|pull_requests\\b.*\\.head\\.ref)");
  private static final Pattern ENV_REF = Pattern.compile("\\benv\\.([A-Za-z_][A-Za-z0-9_]*)");

  @Override
  public List<RuleHit> check(CheckTarget target) {
    List<RuleHit> hits = new ArrayList<>();
    if (!(target.variables().get("steps") instanceof List<?> steps)) {
      return hits;
    }
    Map<String, Boolean> workflowEnv = taintedEnv(target.variables().get("workflow"), Map.of());
    for (Object o : steps) {
      if (!(o instanceof PositionedMap wrapper)
          || !(wrapper.get("step") instanceof PositionedMap step)) {
        continue;
      }
      Map<String, Boolean> env = taintedEnv(wrapper.get("job"), workflowEnv);
      env = taintedEnv(step, env);
      if (step.get("run") instanceof String run) {
        scan(run, step.lineOf("run"), env, hits);
      }
      if (String.valueOf(step.get("uses")).startsWith("actions/github-script")
          && step.get("with") instanceof PositionedMap with
          && with.get("script") instanceof String script) {
        scan(script, with.lineOf("script"), env, hits);
      }
    }
    return hits;
  }

  private static void scan(
      String script, int keyLine, Map<String, Boolean> env, List<RuleHit> hits) {
    String[] lines = script.split("\n", -1);
    boolean block = lines.length > 1;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXPRESSION.matcher(lines[i]);
      while (m.find()) {
        if (tainted(m.group(1), env)) {
          hits.add(RuleHit.at(block ? keyLine + 1 + i : keyLine, m.group(0)));
        }
      }
    }
  }

  private static boolean tainted(String expression, Map<String, Boolean> env) {
    if (UNTRUSTED.matcher(expression).find()) {
      return true;
    }
    Matcher e = ENV_REF.matcher(expression);
    while (e.find()) {
      if (env.getOrDefault(e.group(1), false)) {
        return true;
      }
    }
    return false;
  }

  /** The env names an element defines, and whether each is tainted, on top of the outer ones. */
  private static Map<String, Boolean> taintedEnv(Object element, Map<String, Boolean> outer) {
    Map<String, Boolean> out = new HashMap<>(outer);
    if (element instanceof Map<?, ?> m && m.get("env") instanceof Map<?, ?> env) {
      for (var e : env.entrySet()) {
        String value = String.valueOf(e.getValue());
        Matcher x = EXPRESSION.matcher(value);
        boolean t = false;
        while (x.find()) {
          t |= tainted(x.group(1), outer);
        }
        out.put(String.valueOf(e.getKey()), t);
      }
    }
    return out;
  }
}
