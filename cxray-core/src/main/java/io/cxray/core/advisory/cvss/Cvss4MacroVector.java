package io.cxray.core.advisory.cvss;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CVSS v4.0 macro vector of a vector: its level (0 = most severe) in each of the six
 * equivalence classes EQ1-EQ6 of <a
 * href="https://www.first.org/cvss/v4.0/specification-document#Equivalence-Sets">v4.0 section
 * 8.2</a>, written as six digits such as {@code 001100}.
 *
 * <p>Also holds, per class level, FIRST's highest-severity vectors and the depth of the class (the
 * largest severity distance inside it, plus one), both data of FIRST's reference calculator (<a
 * href="https://github.com/FIRSTdotorg/cvss-v4-calculator">cvss-v4-calculator</a>, {@code
 * max_composed.js} and {@code max_severity.js}). EQ3 and EQ6 are joined there: their highest
 * vectors and depth are given per (EQ3, EQ6) pair.
 */
record Cvss4MacroVector(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {

  private static final Map<Integer, List<String>> EQ1_HIGHEST =
      Map.of(
          0, List.of("AV:N/PR:N/UI:N"),
          1, List.of("AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"),
          2, List.of("AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P"));
  private static final Map<Integer, List<String>> EQ2_HIGHEST =
      Map.of(0, List.of("AC:L/AT:N"), 1, List.of("AC:H/AT:N", "AC:L/AT:P"));
  private static final Map<String, List<String>> EQ3_EQ6_HIGHEST =
      Map.of(
          "00", List.of("VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"),
          "01", List.of("VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"),
          "10", List.of("VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"),
          "11",
              List.of(
                  "VC:L/VI:H/VA:L/CR:H/IR:M/AR:H",
                  "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M",
                  "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M",
                  "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H",
                  "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"),
          "21", List.of("VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"));
  private static final Map<Integer, List<String>> EQ4_HIGHEST =
      Map.of(
          0, List.of("SC:H/SI:S/SA:S"), 1, List.of("SC:H/SI:H/SA:H"), 2, List.of("SC:L/SI:L/SA:L"));

  /** Composed highest vectors per macro vector key (at most 270), built on first use. */
  private static final Map<String, List<Map<String, String>>> HIGHEST = new ConcurrentHashMap<>();

  private static final int[] EQ1_DEPTH = {1, 4, 5};
  private static final int[] EQ2_DEPTH = {1, 2};
  private static final Map<String, Integer> EQ3_EQ6_DEPTH =
      Map.of("00", 7, "01", 6, "10", 8, "11", 8, "21", 10);
  private static final int[] EQ4_DEPTH = {6, 5, 4};

  /** The macro vector of {@code m} (section 8.2, Tables 24-29). */
  static Cvss4MacroVector of(Cvss4Metrics m) {
    return new Cvss4MacroVector(eq1(m), eq2(m), eq3(m), eq4(m), eq5(m), eq6(m));
  }

  private static int eq1(Cvss4Metrics m) {
    boolean av = m.is("AV", "N");
    boolean pr = m.is("PR", "N");
    boolean ui = m.is("UI", "N");
    if (av && pr && ui) {
      return 0;
    }
    return (av || pr || ui) && !m.is("AV", "P") ? 1 : 2;
  }

  private static int eq2(Cvss4Metrics m) {
    return m.is("AC", "L") && m.is("AT", "N") ? 0 : 1;
  }

  private static int eq3(Cvss4Metrics m) {
    if (m.is("VC", "H") && m.is("VI", "H")) {
      return 0;
    }
    return m.is("VC", "H") || m.is("VI", "H") || m.is("VA", "H") ? 1 : 2;
  }

  private static int eq4(Cvss4Metrics m) {
    if (m.is("SI", "S") || m.is("SA", "S")) {
      return 0;
    }
    return m.is("SC", "H") || m.is("SI", "H") || m.is("SA", "H") ? 1 : 2;
  }

  private static int eq5(Cvss4Metrics m) {
    return switch (m.effective("E")) {
      case "A" -> 0;
      case "P" -> 1;
      default -> 2;
    };
  }

  private static int eq6(Cvss4Metrics m) {
    boolean c = m.is("CR", "H") && m.is("VC", "H");
    boolean i = m.is("IR", "H") && m.is("VI", "H");
    boolean a = m.is("AR", "H") && m.is("VA", "H");
    return c || i || a ? 0 : 1;
  }

  /** The six digits, as FIRST's table of macro vector scores keys them. */
  String key() {
    return "" + eq1 + eq2 + eq3 + eq4 + eq5 + eq6;
  }

  Cvss4MacroVector withEq1(int level) {
    return new Cvss4MacroVector(level, eq2, eq3, eq4, eq5, eq6);
  }

  Cvss4MacroVector withEq2(int level) {
    return new Cvss4MacroVector(eq1, level, eq3, eq4, eq5, eq6);
  }

  Cvss4MacroVector withEq3Eq6(int level3, int level6) {
    return new Cvss4MacroVector(eq1, eq2, level3, eq4, eq5, level6);
  }

  Cvss4MacroVector withEq4(int level) {
    return new Cvss4MacroVector(eq1, eq2, eq3, level, eq5, eq6);
  }

  Cvss4MacroVector withEq5(int level) {
    return new Cvss4MacroVector(eq1, eq2, eq3, eq4, level, eq6);
  }

  int eq1Depth() {
    return EQ1_DEPTH[eq1];
  }

  int eq2Depth() {
    return EQ2_DEPTH[eq2];
  }

  int eq3Eq6Depth() {
    return EQ3_EQ6_DEPTH.get("" + eq3 + eq6);
  }

  int eq4Depth() {
    return EQ4_DEPTH[eq4];
  }

  /**
   * The highest-severity vectors of this macro vector (as metric maps), every combination of the
   * classes' highest vectors, in the reference calculator's order: the first one that the scored
   * vector does not exceed in any metric is the one its distance is measured from.
   */
  List<Map<String, String>> highestVectors() {
    return HIGHEST.computeIfAbsent(key(), k -> composeHighestVectors());
  }

  private List<Map<String, String>> composeHighestVectors() {
    List<Map<String, String>> out = new ArrayList<>();
    for (String a : EQ1_HIGHEST.get(eq1)) {
      for (String b : EQ2_HIGHEST.get(eq2)) {
        for (String c : EQ3_EQ6_HIGHEST.get("" + eq3 + eq6)) {
          for (String d : EQ4_HIGHEST.get(eq4)) {
            out.add(metricsOf(a + "/" + b + "/" + c + "/" + d));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, String> metricsOf(String parts) {
    Map<String, String> m = new HashMap<>();
    for (String part : parts.split("/")) {
      int colon = part.indexOf(':');
      m.put(part.substring(0, colon), part.substring(colon + 1));
    }
    return Map.copyOf(m);
  }
}
