package io.cxray.core.misconfig.terraform;

import io.cxray.core.misconfig.doc.CheckTarget;
import io.cxray.core.misconfig.doc.PositionedMap;
import io.cxray.core.misconfig.engine.RuleCheck;
import io.cxray.core.misconfig.engine.RuleHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An IAM policy that allows every action on every resource ({@code "Action": "*"}, {@code
 * "Resource": "*"}, CIS AWS Foundations v1.4.0 1.16). The {@code policy} attribute is read whether
 * it is a JSON string (heredoc or quoted) or {@code jsonencode(...)} of a literal; a policy built
 * from references is unknown and not reported.
 */
public final class IamWildcardCheck implements RuleCheck {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public List<RuleHit> check(CheckTarget target) {
    List<RuleHit> hits = new ArrayList<>();
    if (!(target.variables().get("resource") instanceof PositionedMap r)
        || !(r.get("body") instanceof PositionedMap body)) {
      return hits;
    }
    Object policy = body.get("policy");
    if (policy instanceof String text) {
      try {
        policy = JSON.readValue(text, Map.class);
      } catch (JacksonException e) {
        return hits;
      }
    }
    if (policy instanceof Map<?, ?> doc && allowsAll(doc.get("Statement"))) {
      hits.add(RuleHit.at(body.lineOf("policy"), "Effect Allow, Action *, Resource *"));
    }
    return hits;
  }

  private static boolean allowsAll(Object statements) {
    List<?> list =
        statements instanceof List<?> l ? l : List.of(statements == null ? "" : statements);
    for (Object s : list) {
      if (s instanceof Map<?, ?> st
          && "Allow".equals(st.get("Effect"))
          && contains(st.get("Action"), "*", "*:*")
          && contains(st.get("Resource"), "*", "*")) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(Object value, String a, String b) {
    if (value instanceof List<?> l) {
      return l.contains(a) || l.contains(b);
    }
    return a.equals(value) || b.equals(value);
  }
}
