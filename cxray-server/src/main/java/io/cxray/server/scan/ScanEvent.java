package io.cxray.server.scan;

import java.util.Map;

/**
 * Published (as a Spring application event, synchronously) inside the transaction that makes the
 * change, so that a listener can write a webhook outbox row atomically with it: {@code
 * scan.started} when a worker claims a scan the first time, {@code scan.completed} / {@code
 * scan.failed} with the terminal update, {@code sbom.generated} when a scan stored its SBOM.
 *
 * @param type the webhook event name
 * @param organizationId whose scan
 * @param projectId its project
 * @param scanId the scan
 * @param data the event's payload (scan id, status, summary, sbomId, error ...)
 */
public record ScanEvent(
    String type, String organizationId, String projectId, String scanId, Map<String, Object> data) {

  public static final String STARTED = "scan.started";
  public static final String COMPLETED = "scan.completed";
  public static final String FAILED = "scan.failed";
  public static final String SBOM_GENERATED = "sbom.generated";
}
