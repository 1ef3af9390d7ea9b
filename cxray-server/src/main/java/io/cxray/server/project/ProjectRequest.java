package io.cxray.server.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /v1/projects} and {@code PUT /v1/projects/{id}}. PUT replaces the
 * project's fields: an absent optional field becomes null (tags: empty).
 */
public record ProjectRequest(
    @Schema(example = "payments-service") @NotBlank @Size(max = 100) String name,
    @Size(max = 2000) String description,
    @Schema(example = "https://github.com/user/repo")
        @Size(max = 2048)
        @Pattern(
            regexp = "^(https://|ssh://|git://|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)\\S+$",
            message = "must be an https, ssh or git URL")
        String repositoryUrl,
    @Schema(example = "main")
        @Size(max = 255)
        @Pattern(regexp = "^[^\\s~^:?*\\[\\\\]+$", message = "must be a git branch name")
        String defaultBranch,
    @Size(max = 50)
        List<
                @NotBlank @Size(max = 50)
                @Pattern(
                    regexp = "^[A-Za-z0-9][A-Za-z0-9._:/-]*$",
                    message = "must start with a letter or digit; then letters, digits, . _ : / -")
                String>
            tags) {}
