package io.cxray.server.organization;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /v1/organizations}. */
public record CreateOrganizationRequest(
    @NotBlank @Size(max = 100) String name,
    @Schema(allowableValues = {"free", "pro", "enterprise"})
        @NotNull
        @Pattern(regexp = "free|pro|enterprise", message = "must be free, pro or enterprise")
        String tier) {}
