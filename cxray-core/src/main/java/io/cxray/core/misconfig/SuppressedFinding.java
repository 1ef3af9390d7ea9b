package io.cxray.core.misconfig;

import io.cxray.core.model.MisconfigFinding;

/**
 * A finding the operator chose to ignore, kept in the result with why.
 *
 * @param source where the suppression is: "inline" (a comment) or ".cxray.yaml"
 */
public record SuppressedFinding(MisconfigFinding finding, String reason, String source) {}
