package io.cxray.core.version;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.model.AffectedPackage;
import io.cxray.core.model.AffectedRange;
import io.cxray.core.model.Ecosystem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real advisories check the schemes and the evaluator together: every version an OSV record lists
 * in {@code affected[].versions} must be affected according to the same entry's SEMVER/ECOSYSTEM
 * ranges alone (the list removed). Entries that list versions but have no such range are counted
 * and reported, not checked: there is nothing to check them against.
 *
 * <p>Where the data contradicts itself the record is named in {@link #KNOWN_INCONSISTENT} with the
 * reason found by reading it; the test fails on any other disagreement, and on an allow-list entry
 * that no longer disagrees. In all these cases CXRay still reports the listed version as affected,
 * through the versions list (exact string match).
 */
class OsvDataConsistencyTest {
  /**
   * The versions named are legacy (pre-PEP 440) releases that packaging rejects, so no PEP 440
   * range can contain them; osv.dev listed them from PyPI's release history.
   */
  private static final String NOT_PEP440 = "lists versions that are not PEP 440 versions: ";

  private static final Map<Ecosystem, Map<String, String>> KNOWN_INCONSISTENT =
      Map.of(
          Ecosystem.PYPI,
          Map.ofEntries(
              entry("PYSEC-2006-1", NOT_PEP440 + "cherrypy 2.0.0-final"),
              entry("PYSEC-2008-3", NOT_PEP440 + "cherrypy 2.0.0-final"),
              entry("PYSEC-2008-8", NOT_PEP440 + "paramiko 0.1-bulbasaur, 0.9-doduo, ..."),
              entry("PYSEC-2018-19", NOT_PEP440 + "paramiko 0.1-bulbasaur, 0.9-doduo, ..."),
              entry("PYSEC-2022-166", NOT_PEP440 + "paramiko 0.1-bulbasaur, 0.9-doduo, ..."),
              entry("PYSEC-2015-24", NOT_PEP440 + "ipython 0.7.1.fix1, 0.7.4.svn.r2010"),
              entry("PYSEC-2015-25", NOT_PEP440 + "ipython 0.7.1.fix1, 0.7.4.svn.r2010"),
              entry("PYSEC-2017-46", NOT_PEP440 + "ipython 0.7.1.fix1, 0.7.4.svn.r2010"),
              entry("PYSEC-2017-47", NOT_PEP440 + "ipython 0.7.1.fix1, 0.7.4.svn.r2010"),
              entry("PYSEC-2022-12", NOT_PEP440 + "ipython 0.7.1.fix1, 0.7.4.svn.r2010"),
              entry("PYSEC-2023-17", NOT_PEP440 + "ipython 0.7.1.fix1, 0.7.4.svn.r2010"),
              entry("PYSEC-2017-103", NOT_PEP440 + "sleekxmpp 1.0beta6.1"),
              entry("PYSEC-2017-41", NOT_PEP440 + "supervisor a3"),
              entry("PYSEC-2019-126", NOT_PEP440 + "supervisor a3"),
              entry("PYSEC-2018-100", NOT_PEP440 + "rope 0.3m1 ... 0.6m6"),
              entry("PYSEC-2018-114", NOT_PEP440 + "jubatus 0.3.1-p1, 0.4.0-p1"),
              entry("PYSEC-2018-115", NOT_PEP440 + "jubatus 0.3.1-p1, 0.4.0-p1"),
              entry(
                  "PYSEC-2019-102",
                  NOT_PEP440 + "limnoria 2013-01-21T20:33:09+0100 and other dates"),
              entry("PYSEC-2019-106", NOT_PEP440 + "nltk 2.0.1rc2-git"),
              entry("PYSEC-2021-356", NOT_PEP440 + "nltk 2.0.1rc2-git"),
              entry("PYSEC-2021-859", NOT_PEP440 + "nltk 2.0.1rc2-git"),
              entry("PYSEC-2022-5", NOT_PEP440 + "nltk 2.0.1rc2-git"),
              entry("PYSEC-2019-6", NOT_PEP440 + "buildbot 0.7.10p1, 0.8.4p2, ..."),
              entry("PYSEC-2020-341", NOT_PEP440 + "jw.util -class.-jw.util.version.Version-"),
              entry("PYSEC-2021-121", NOT_PEP440 + "pywps trunk"),
              entry("PYSEC-2021-338", NOT_PEP440 + "leo 4.11-final, 5.0-final"),
              entry("PYSEC-2022-288", NOT_PEP440 + "joblib 0.3.2d, 0.3.2f.dev, 0.7.0d, ..."),
              entry("PYSEC-2023-22", NOT_PEP440 + "mailman 3.0.0b3-"),
              entry(
                  "PYSEC-2021-114",
                  "wagtail: one ECOSYSTEM range holds two overlapping pairs, introduced 0 / fixed 2.11.6"
                      + " and introduced 2.11 / fixed 2.11.7. OSV's evaluation walks the sorted events,"
                      + " so fixed 2.11.6 closes the interval and 2.11.6 itself is outside; the list"
                      + " (enumerated pair by pair) includes 2.11.6."),
              entry(
                  "PYSEC-2023-177",
                  "gevent: the range is introduced 0 / fixed 23.9.0, yet the list (enumerated from the"
                      + " record's GIT range) includes 23.9.0 and 23.9.0.post1."),
              entry(
                  "PYSEC-2023-61",
                  "django: ranges start at the final releases (introduced 3.2, 4.2), yet the list"
                      + " includes their pre-releases 3.2a1, 3.2b1, 3.2rc1, 4.2a1, 4.2b1, 4.2rc1, which"
                      + " sort below 3.2 and 4.2.")),
          Ecosystem.MAVEN,
          Map.ofEntries(
              entry(
                  "GHSA-f4qf-m5gf-8jm8",
                  "tomcat-coyote: introduced 9.0.0-M11, yet the list holds 9.0.0.M1 ... 9.0.0.M10,"
                      + " which Maven's ComparableVersion 3.9.12 orders below it (9.0.0.M10 <"
                      + " 9.0.0-M11, checked with the maven-artifact jar); the list was enumerated"
                      + " with another ordering."),
              entry(
                  "GHSA-wmwf-9ccg-fff5",
                  "tomcat, tomcat-catalina, tomcat-embed-core: as GHSA-f4qf-m5gf-8jm8, 9.0.0.M1 ..."
                      + " 9.0.0.M10 listed although the range starts at 9.0.0-M11."),
              entry(
                  "GHSA-qmgj-5h75-jr67",
                  "org.mortbay.jetty:jetty: last_affected 6.0.beta16, yet the list holds"
                      + " 6.0.0beta17 and 6.0.0rc0 ... rc4, which ComparableVersion orders above it"
                      + " (6-beta-16 < 6-beta-17 < 6-rc, checked with the maven-artifact jar).")));

  @ParameterizedTest
  @EnumSource(
      value = Ecosystem.class,
      names = {
        "PYPI",
        "CARGO",
        "GO",
        "MAVEN",
        "NPM",
        "NUGET",
        "RUBYGEMS",
        "PACKAGIST",
        "DEBIAN",
        "ALPINE"
      })
  void listedVersionsAreInsideTheRanges(Ecosystem ecosystem) throws IOException {
    VersionScheme scheme = VersionSchemes.forEcosystem(ecosystem);
    Map<String, String> known = KNOWN_INCONSISTENT.getOrDefault(ecosystem, Map.of());
    List<String> unexpected = new ArrayList<>();
    Set<String> allowedSeen = new TreeSet<>();
    int[] entries = new int[3]; // checked entries, versions checked, entries without a range
    OsvZipRecords.forEachAffected(
        ecosystem,
        (id, affected) -> {
          if (affected.versions().isEmpty()) {
            return;
          }
          List<AffectedRange> ranges =
              affected.ranges().stream().filter(r -> r.type() != AffectedRange.Type.GIT).toList();
          if (ranges.isEmpty()) {
            entries[2]++;
            return;
          }
          entries[0]++;
          AffectedPackage rangesOnly =
              new AffectedPackage(
                  affected.ecosystem(),
                  affected.ecosystemRaw(),
                  affected.name(),
                  affected.purl(),
                  ranges,
                  List.of());
          for (String v : affected.versions()) {
            entries[1]++;
            if (OsvRangeEvaluator.evaluate(rangesOnly, v, scheme).affected()) {
              continue;
            }
            String reason = known.get(id);
            boolean explained =
                reason != null && (!reason.startsWith(NOT_PEP440) || !scheme.isValid(v));
            if (explained) {
              allowedSeen.add(id);
            } else {
              unexpected.add(
                  id
                      + " "
                      + affected.name()
                      + " "
                      + v
                      + " "
                      + OsvRangeEvaluator.evaluate(rangesOnly, v, scheme).warnings());
            }
          }
        });
    System.out.printf(
        "%s: %d entries with ranges and a versions list, %d listed versions checked,"
            + " %d known-inconsistent records, %d entries list versions without any range%n",
        ecosystem, entries[0], entries[1], allowedSeen.size(), entries[2]);
    assertThat(unexpected).as("listed versions outside their own ranges").isEmpty();
    assertThat(allowedSeen).as("stale allow-list entries").isEqualTo(known.keySet());
  }
}
