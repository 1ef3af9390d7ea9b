package io.cxray.server.advisory;

import io.cxray.server.api.envelope.Envelope;
import io.cxray.server.api.envelope.ListEnvelope;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.auth.RequiredScope;
import io.cxray.server.auth.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/admin/advisories/import}: start an advisory import, see the last runs. */
@RestController
@RequestMapping("/v1/admin/advisories/import")
@Tag(name = "Administration")
class AdvisoryImportController {

  private final AdvisoryImporter importer;
  private final ImportRunRepository runs;

  AdvisoryImportController(AdvisoryImporter importer, ImportRunRepository runs) {
    this.importer = importer;
    this.runs = runs;
  }

  /** The queued run. */
  public record ImportStartedView(String id, String status) {}

  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  @RequiredScope(Scope.ADMIN)
  @Operation(summary = "Start an advisory import now (runs in the background)")
  Envelope<ImportStartedView> start() {
    return Envelope.of(new ImportStartedView(importer.trigger("manual"), "queued"));
  }

  @GetMapping
  @RequiredScope(Scope.ADMIN)
  @Operation(summary = "List advisory import runs, newest first, with per-source reports")
  ListEnvelope<ImportRunView> list(
      @Parameter(description = "1-100, default 20") @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return ListEnvelope.of(runs.list(PageRequest.of(limit, cursor)), Function.identity());
  }
}
