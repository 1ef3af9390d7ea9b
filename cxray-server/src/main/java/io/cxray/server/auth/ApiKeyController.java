package io.cxray.server.auth;

import io.cxray.server.api.envelope.DeletedView;
import io.cxray.server.api.envelope.Envelope;
import io.cxray.server.api.envelope.ListEnvelope;
import io.cxray.server.api.envelope.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/api-keys}: the calling key's organisation's keys (admin scope). */
@RestController
@RequestMapping("/v1/api-keys")
@Tag(name = "API keys")
class ApiKeyController {

  private final ApiKeyService keys;

  ApiKeyController(ApiKeyService keys) {
    this.keys = keys;
  }

  @GetMapping
  @RequiredScope(Scope.ADMIN)
  @Operation(summary = "List the organisation's active API keys, newest first")
  ListEnvelope<ApiKeyView> list(
      @AuthenticationPrincipal ApiCaller caller,
      @Parameter(description = "1-100, default 20") @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return ListEnvelope.of(
        keys.list(caller.organizationId(), PageRequest.of(limit, cursor)), ApiKeyView::of);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @RequiredScope(Scope.ADMIN)
  @Operation(summary = "Create an API key; the key is in the response, once")
  Envelope<CreatedApiKeyView> create(
      @AuthenticationPrincipal ApiCaller caller, @Valid @RequestBody CreateApiKeyRequest request) {
    return Envelope.of(keys.create(caller, request));
  }

  @DeleteMapping("/{keyId}")
  @RequiredScope(Scope.ADMIN)
  @Operation(summary = "Revoke an API key; it is refused from then on")
  Envelope<DeletedView> revoke(
      @AuthenticationPrincipal ApiCaller caller, @PathVariable String keyId) {
    keys.revoke(caller, keyId);
    return Envelope.of(DeletedView.of(keyId));
  }
}
