package io.cxray.server.audit;

import io.cxray.server.api.envelope.ListEnvelope;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.auth.ApiCaller;
import io.cxray.server.auth.RequiredScope;
import io.cxray.server.auth.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/audit-log}: changes to the organisation's API keys and webhooks (admin scope). */
@RestController
@RequestMapping("/v1/audit-log")
@Tag(name = "Audit log")
class AuditLogController {

  private final AuditLog audit;

  AuditLogController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping
  @RequiredScope(Scope.ADMIN)
  @Operation(summary = "List the organisation's audit log, newest first")
  ListEnvelope<AuditEntryView> list(
      @AuthenticationPrincipal ApiCaller caller,
      @Parameter(description = "1-100, default 20") @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return ListEnvelope.of(
        audit.list(caller.organizationId(), PageRequest.of(limit, cursor)), e -> e);
  }
}
