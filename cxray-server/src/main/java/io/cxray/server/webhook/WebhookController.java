package io.cxray.server.webhook;

import io.cxray.server.api.envelope.DeletedView;
import io.cxray.server.api.envelope.Envelope;
import io.cxray.server.api.envelope.ListEnvelope;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.auth.ApiCaller;
import io.cxray.server.auth.RequiredScope;
import io.cxray.server.auth.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/webhooks}: endpoints, test pings and the delivery log. */
@RestController
@RequestMapping("/v1/webhooks")
@Tag(name = "Webhooks")
class WebhookController {

  private final WebhookService webhooks;

  WebhookController(WebhookService webhooks) {
    this.webhooks = webhooks;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @RequiredScope(Scope.WEBHOOKS_WRITE)
  @Operation(summary = "Create a webhook; a generated secret is in the response, once")
  Envelope<CreatedWebhookView> create(
      @AuthenticationPrincipal ApiCaller caller, @Valid @RequestBody WebhookRequest request) {
    return Envelope.of(webhooks.create(caller, request));
  }

  @GetMapping
  @RequiredScope(Scope.WEBHOOKS_READ)
  @Operation(summary = "List the organisation's webhooks, newest first")
  ListEnvelope<WebhookView> list(
      @AuthenticationPrincipal ApiCaller caller,
      @Parameter(description = "1-100, default 20") @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return ListEnvelope.of(
        webhooks.list(caller.organizationId(), PageRequest.of(limit, cursor)), WebhookView::of);
  }

  @GetMapping("/{webhookId}")
  @RequiredScope(Scope.WEBHOOKS_READ)
  @Operation(summary = "Get a webhook, with why the server disabled it if it did")
  Envelope<WebhookView> get(
      @AuthenticationPrincipal ApiCaller caller, @PathVariable String webhookId) {
    return Envelope.of(WebhookView.of(webhooks.get(caller.organizationId(), webhookId)));
  }

  @PatchMapping("/{webhookId}")
  @RequiredScope(Scope.WEBHOOKS_WRITE)
  @Operation(summary = "Change url, events, secret or enabled; absent fields stay")
  Envelope<WebhookView> update(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String webhookId,
      @Valid @RequestBody WebhookPatchRequest request) {
    return Envelope.of(WebhookView.of(webhooks.update(caller, webhookId, request)));
  }

  @DeleteMapping("/{webhookId}")
  @RequiredScope(Scope.WEBHOOKS_WRITE)
  @Operation(summary = "Delete a webhook and its delivery log")
  Envelope<DeletedView> delete(
      @AuthenticationPrincipal ApiCaller caller, @PathVariable String webhookId) {
    webhooks.delete(caller, webhookId);
    return Envelope.of(DeletedView.of(webhookId));
  }

  @PostMapping("/{webhookId}/test")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiredScope(Scope.WEBHOOKS_WRITE)
  @ApiResponse(responseCode = "409", description = "The webhook is disabled")
  @Operation(summary = "Queue a webhook.test event for this webhook; answers its delivery")
  Envelope<DeliveryView> test(
      @AuthenticationPrincipal ApiCaller caller, @PathVariable String webhookId) {
    return Envelope.of(webhooks.test(caller, webhookId));
  }

  @GetMapping("/{webhookId}/deliveries")
  @RequiredScope(Scope.WEBHOOKS_READ)
  @Operation(summary = "The delivery log: deliveries newest first, each with every attempt")
  ListEnvelope<DeliveryView> deliveries(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String webhookId,
      @Parameter(description = "1-100, default 20") @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return ListEnvelope.of(
        webhooks.deliveries(caller.organizationId(), webhookId, PageRequest.of(limit, cursor)),
        d -> d);
  }

  @PostMapping("/{webhookId}/deliveries/{deliveryId}/redeliver")
  @ResponseStatus(HttpStatus.OK)
  @RequiredScope(Scope.WEBHOOKS_WRITE)
  @ApiResponse(responseCode = "409", description = "The webhook is disabled")
  @Operation(summary = "Send a delivery again now, with a fresh retry schedule")
  Envelope<DeliveryView> redeliver(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String webhookId,
      @PathVariable String deliveryId) {
    return Envelope.of(webhooks.redeliver(caller, webhookId, deliveryId));
  }
}
