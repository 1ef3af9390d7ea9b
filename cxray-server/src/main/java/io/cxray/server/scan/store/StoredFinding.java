package io.cxray.server.scan.store;

import java.util.Map;

/**
 * A finding as stored: its place in the scan's list, the columns filters use, and the API view.
 *
 * @param seq position in the scan's findings (cve first, most severe first; then cce by file)
 * @param type cve or cce
 * @param severity CRITICAL, HIGH ... as the view spells it
 * @param findingId the advisory id (cve) or rule id (cce)
 * @param packageName the package (cve), else null
 * @param ruleId the rule (cce), else null
 * @param body the view of {@link io.cxray.core.scan.report.FindingViews}
 */
public record StoredFinding(
    int seq,
    String type,
    String severity,
    String findingId,
    String packageName,
    String ruleId,
    Map<String, Object> body) {}
