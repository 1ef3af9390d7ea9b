package io.cxray.server.organization;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/organizations}: admin scope, and a key of the first organisation. */
@RestController
@RequestMapping("/v1/organizations")
@Tag(name = "Organizations")
class OrganizationController {

  private final OrganizationService organizations;

  OrganizationController(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @GetMapping
  @RequiredScope(Scope.ADMIN)
  @Operation(summary = "List organizations, newest first")
  ListEnvelope<OrganizationView> list(
      @AuthenticationPrincipal ApiCaller caller,
      @Parameter(description = "1-100, default 20") @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return ListEnvelope.of(
        organizations.list(caller, PageRequest.of(limit, cursor)), OrganizationView::of);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @RequiredScope(Scope.ADMIN)
  @Operation(summary = "Create an organization and its first admin API key (shown once)")
  @ApiResponse(responseCode = "409", description = "The name is already used")
  Envelope<CreatedOrganizationView> create(
      @AuthenticationPrincipal ApiCaller caller,
      @Valid @RequestBody CreateOrganizationRequest request) {
    return Envelope.of(organizations.create(caller, request));
  }

  @GetMapping("/{organizationId}")
  @RequiredScope(Scope.ADMIN)
  @Operation(summary = "Get an organization")
  Envelope<OrganizationView> get(
      @AuthenticationPrincipal ApiCaller caller, @PathVariable String organizationId) {
    return Envelope.of(OrganizationView.of(organizations.get(caller, organizationId)));
  }
}
