package io.cxray.server.project;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/projects}. */
@RestController
@RequestMapping("/v1/projects")
@Tag(name = "Projects")
class ProjectController {

  private final ProjectService projects;

  ProjectController(ProjectService projects) {
    this.projects = projects;
  }

  @GetMapping
  @RequiredScope(Scope.PROJECTS_READ)
  @Operation(summary = "List projects, newest first")
  ListEnvelope<ProjectView> list(
      @AuthenticationPrincipal ApiCaller caller,
      @Parameter(description = "1-100, default 20") @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return ListEnvelope.of(
        projects.list(caller.organizationId(), PageRequest.of(limit, cursor)), ProjectView::of);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @RequiredScope(Scope.PROJECTS_WRITE)
  @Operation(summary = "Create a project")
  @ApiResponse(responseCode = "409", description = "The name is already used in the organization")
  Envelope<ProjectView> create(
      @AuthenticationPrincipal ApiCaller caller, @Valid @RequestBody ProjectRequest request) {
    return Envelope.of(ProjectView.of(projects.create(caller.organizationId(), request)));
  }

  @GetMapping("/{projectId}")
  @RequiredScope(Scope.PROJECTS_READ)
  @Operation(summary = "Get a project")
  Envelope<ProjectView> get(
      @AuthenticationPrincipal ApiCaller caller, @PathVariable String projectId) {
    return Envelope.of(ProjectView.of(projects.get(caller.organizationId(), projectId)));
  }

  @PutMapping("/{projectId}")
  @ResponseStatus(HttpStatus.OK)
  @RequiredScope(Scope.PROJECTS_WRITE)
  @Operation(summary = "Replace a project's fields")
  @ApiResponse(responseCode = "409", description = "The name is already used in the organization")
  Envelope<ProjectView> replace(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String projectId,
      @Valid @RequestBody ProjectRequest request) {
    return Envelope.of(
        ProjectView.of(projects.replace(caller.organizationId(), projectId, request)));
  }

  @DeleteMapping("/{projectId}")
  @RequiredScope(Scope.PROJECTS_WRITE)
  @Operation(summary = "Delete a project")
  Envelope<DeletedView> delete(
      @AuthenticationPrincipal ApiCaller caller, @PathVariable String projectId) {
    projects.delete(caller.organizationId(), projectId);
    return Envelope.of(DeletedView.of(projectId));
  }
}
