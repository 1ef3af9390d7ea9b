package io.cxray.server.health;

import io.cxray.server.api.envelope.Envelope;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.api.error.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Liveness and readiness; no API key needed. */
@RestController
@Tag(name = "Health")
@SecurityRequirements
class HealthController {

  private final ReadinessChecks checks;

  HealthController(ReadinessChecks checks) {
    this.checks = checks;
  }

  @GetMapping("/health")
  @Operation(summary = "Liveness: the process answers")
  Envelope<HealthView> health() {
    return Envelope.of(new HealthView("ok"));
  }

  /** Ready when every check passes; otherwise 500 INTERNAL_ERROR with the checks in details. */
  @GetMapping("/ready")
  @Operation(summary = "Readiness: the database is reachable and advisory data loaded")
  Envelope<ReadinessView> ready() {
    Map<String, CheckView> results = checks.run();
    boolean ready = results.values().stream().allMatch(c -> c.status().equals(CheckView.OK));
    if (!ready) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("checks", results);
      throw new ApiException(ErrorCode.INTERNAL_ERROR, "Not ready", details);
    }
    return Envelope.of(new ReadinessView("ready", results));
  }
}
