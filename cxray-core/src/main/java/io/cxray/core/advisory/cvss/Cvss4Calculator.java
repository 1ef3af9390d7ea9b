package io.cxray.core.advisory.cvss;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CVSS v4.0 score of a vector, as <a
 * href="https://www.first.org/cvss/v4.0/specification-document#CVSS-v4-0-Scoring">v4.0 section
 * 8</a> defines it and FIRST's reference calculator (<a
 * href="https://github.com/FIRSTdotorg/cvss-v4-calculator">cvss-v4-calculator</a>, {@code
 * cvss_score.js}) computes it:
 *
 * <ol>
 *   <li>the vector's macro vector ({@link Cvss4MacroVector}) gives a score from FIRST's table
 *       ({@link Cvss4MacroVectorScores});
 *   <li>for each of EQ1, EQ2, EQ3+EQ6, EQ4 and EQ5 whose next lower macro vector exists, the score
 *       gap to it is scaled by how far the vector sits below the class's highest-severity vector
 *       (its severity distance divided by the class depth; always 0 for EQ5);
 *   <li>the mean of those scaled gaps is taken off the macro vector's score, which is clamped to
 *       0-10 and rounded half up to one decimal.
 * </ol>
 *
 * <p>The score is that of the vector as written: with only base metrics it is the CVSS-B score;
 * threat ({@code E}) and environmental metrics, when a source sets them, take part as the
 * specification says (CVSS-BT, -BE, -BTE). This is the number FIRST's calculator shows and the one
 * NVD publishes as {@code baseScore}.
 */
final class Cvss4Calculator {
  private static final List<String> EQ1 = List.of("AV", "PR", "UI");
  private static final List<String> EQ2 = List.of("AC", "AT");
  private static final List<String> EQ3_EQ6 = List.of("VC", "VI", "VA", "CR", "IR", "AR");
  private static final List<String> EQ4 = List.of("SC", "SI", "SA");
  private static final List<String> IMPACT = List.of("VC", "VI", "VA", "SC", "SI", "SA");

  /**
   * Added before rounding, as FIRST's calculator does: floating-point error can leave an exact x.x5
   * a hair below the tie. Real scores are never that close to a tie otherwise (they are fractions
   * with small denominators).
   */
  private static final double ROUNDING_EPSILON = 1e-6;

  private Cvss4Calculator() {}

  /** The score, or null when the vector is not a valid v4.0 vector. */
  static Double baseScore(CvssVector v) {
    Cvss4Metrics m = Cvss4Metrics.of(v);
    if (m == null) {
      return null;
    }
    if (IMPACT.stream().allMatch(metric -> m.is(metric, "N"))) {
      return 0.0; // no impact on any system: section 8's shortcut
    }
    Cvss4MacroVector macro = Cvss4MacroVector.of(m);
    double score = Cvss4MacroVectorScores.of(macro);
    double total = 0;
    int lowerClasses = 0;
    for (ClassStep step : steps(m, macro)) {
      if (step.lowerScore() != null) {
        lowerClasses++;
        total += (score - step.lowerScore()) * step.distance() / step.depth();
      }
    }
    double value = lowerClasses == 0 ? score : score - total / lowerClasses;
    double clamped = Math.max(0, Math.min(10, value));
    return Math.round((clamped + ROUNDING_EPSILON) * 10) / 10.0;
  }

  /**
   * One step down per class: the next lower macro vector's score (null when there is none), the
   * vector's severity distance inside the class and the class depth. EQ5 has one vector per level,
   * so its distance is always 0, but an existing lower EQ5 level still counts in the mean.
   */
  private static List<ClassStep> steps(Cvss4Metrics m, Cvss4MacroVector macro) {
    Map<String, Integer> d = distanceFromHighest(m, macro);
    return List.of(
        new ClassStep(
            Cvss4MacroVectorScores.of(macro.withEq1(macro.eq1() + 1)),
            sum(d, EQ1),
            macro.eq1Depth()),
        new ClassStep(
            Cvss4MacroVectorScores.of(macro.withEq2(macro.eq2() + 1)),
            sum(d, EQ2),
            macro.eq2Depth()),
        new ClassStep(lowerEq3Eq6(macro), sum(d, EQ3_EQ6), macro.eq3Eq6Depth()),
        new ClassStep(
            Cvss4MacroVectorScores.of(macro.withEq4(macro.eq4() + 1)),
            sum(d, EQ4),
            macro.eq4Depth()),
        new ClassStep(Cvss4MacroVectorScores.of(macro.withEq5(macro.eq5() + 1)), 0, 1));
  }

  private record ClassStep(Double lowerScore, int distance, int depth) {}

  /**
   * The next lower macro vector for EQ3 and EQ6 together (their levels depend on each other): 00
   * goes to 01 or 10, whichever scores higher; 01 and 11 go to the next EQ3 level; 10 goes to 11;
   * 21 has none.
   */
  private static Double lowerEq3Eq6(Cvss4MacroVector macro) {
    int eq3 = macro.eq3();
    int eq6 = macro.eq6();
    if (eq3 == 0 && eq6 == 0) {
      Double left = Cvss4MacroVectorScores.of(macro.withEq3Eq6(0, 1));
      Double right = Cvss4MacroVectorScores.of(macro.withEq3Eq6(1, 0));
      if (left == null || right == null) {
        return left == null ? right : left;
      }
      return Math.max(left, right);
    }
    if (eq3 == 1 && eq6 == 0) {
      return Cvss4MacroVectorScores.of(macro.withEq3Eq6(1, 1));
    }
    return Cvss4MacroVectorScores.of(macro.withEq3Eq6(eq3 + 1, eq6));
  }

  /**
   * Severity distance per metric, in tenths, from the first highest-severity vector of the macro
   * vector that is at least as severe as {@code m} in every metric (the reference calculator falls
   * back to the last candidate when none is; FIRST's data always has one).
   */
  private static Map<String, Integer> distanceFromHighest(Cvss4Metrics m, Cvss4MacroVector macro) {
    Map<String, Integer> distance = Map.of();
    for (Map<String, String> highest : macro.highestVectors()) {
      distance = distance(m, highest);
      if (distance.values().stream().allMatch(d -> d >= 0)) {
        break;
      }
    }
    return distance;
  }

  private static Map<String, Integer> distance(Cvss4Metrics m, Map<String, String> highest) {
    Map<String, Integer> d = new HashMap<>();
    for (String metric : Cvss4Metrics.levelled()) {
      d.put(
          metric,
          Cvss4Metrics.level(metric, m.effective(metric))
              - Cvss4Metrics.level(metric, highest.get(metric)));
    }
    return d;
  }

  /** The class's severity distance, in the same tenths as its depth. */
  private static int sum(Map<String, Integer> distance, List<String> metrics) {
    int tenths = 0;
    for (String metric : metrics) {
      tenths += distance.get(metric);
    }
    return tenths;
  }
}
