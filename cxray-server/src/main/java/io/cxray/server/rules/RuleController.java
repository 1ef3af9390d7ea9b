package io.cxray.server.rules;

import io.cxray.server.api.envelope.Envelope;
import io.cxray.server.api.envelope.ListEnvelope;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.auth.RequiredScope;
import io.cxray.server.auth.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/rules}: the configuration rules the cce scan applies. */
@RestController
@RequestMapping("/v1/rules")
@Tag(name = "Rules")
class RuleController {

  private final RuleService rules;

  RuleController(RuleService rules) {
    this.rules = rules;
  }

  @GetMapping
  @RequiredScope(Scope.SCANS_READ)
  @Operation(summary = "List configuration rules, by id")
  ListEnvelope<RuleView> list(
      @Parameter(description = "Only rules for this file kind, e.g. dockerfile, kubernetes")
          @RequestParam(required = false)
          String kind,
      @Parameter(description = "1-100, default 20") @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return ListEnvelope.of(rules.list(kind, PageRequest.of(limit, cursor)), RuleView::of);
  }

  @GetMapping("/{ruleId}")
  @RequiredScope(Scope.SCANS_READ)
  @Operation(summary = "Get a configuration rule")
  Envelope<RuleView> get(@PathVariable String ruleId) {
    return Envelope.of(RuleView.of(rules.get(ruleId)));
  }
}
