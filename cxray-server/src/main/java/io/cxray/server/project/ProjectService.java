package io.cxray.server.project;

import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.id.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Projects of one organisation. */
@Service
public class ProjectService {

  private final ProjectRepository projects;

  public ProjectService(ProjectRepository projects) {
    this.projects = projects;
  }

  public ProjectRecord create(String organizationId, ProjectRequest request) {
    ProjectFields fields = ProjectFields.of(request);
    try {
      return projects.insert(Ids.PROJECT.newId(), organizationId, fields);
    } catch (DuplicateKeyException e) {
      throw nameTaken(fields.name());
    }
  }

  public ProjectRecord get(String organizationId, String projectId) {
    checkId(projectId);
    return projects
        .find(organizationId, projectId)
        .orElseThrow(() -> ApiException.notFound("Project", projectId));
  }

  public ProjectRecord replace(String organizationId, String projectId, ProjectRequest request) {
    checkId(projectId);
    ProjectFields fields = ProjectFields.of(request);
    try {
      return projects
          .update(organizationId, projectId, fields)
          .orElseThrow(() -> ApiException.notFound("Project", projectId));
    } catch (DuplicateKeyException e) {
      throw nameTaken(fields.name());
    }
  }

  public void delete(String organizationId, String projectId) {
    checkId(projectId);
    if (!projects.delete(organizationId, projectId)) {
      throw ApiException.notFound("Project", projectId);
    }
  }

  public Page<ProjectRecord> list(String organizationId, PageRequest page) {
    return projects.list(organizationId, page);
  }

  /** A malformed id is a bad request (400); a well-formed unknown one is 404 (api-decisions.md). */
  private static void checkId(String projectId) {
    if (!Ids.PROJECT.isWellFormed(projectId)) {
      throw ApiException.invalid("projectId", projectId, "Not a project id");
    }
  }

  private static ApiException nameTaken(String name) {
    return ApiException.conflict(
        "name", name, "A project with this name already exists in the organization");
  }
}
