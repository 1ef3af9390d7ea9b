package io.cxray.server.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** {@code POST /v1/api-keys}. Without {@code scopes} the key gets every scope but admin. */
public record CreateApiKeyRequest(
    @NotBlank @Size(max = 100) String name,
    @Schema(
            description = "Scopes of the new key; default: all but admin",
            example = "[\"projects:read\", \"scans:write\"]")
        @Size(min = 1, max = 10)
        List<String> scopes,
    @Schema(description = "Optional expiry, in the future") Instant expiresAt) {}
