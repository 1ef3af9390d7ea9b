package io.cxray.core.misconfig.doc;

import io.cxray.core.misconfig.FileKind;
import java.util.Map;

/**
 * One thing rules are checked against: a Kubernetes object, a Terraform resource, a Dockerfile, an
 * sshd configuration with its includes... Its variables are what a CEL condition sees.
 *
 * @param kind the file kind
 * @param objectKind the object's kind within the format (Kubernetes kind, Terraform resource type,
 *     "service" for compose); empty when the format has one object per file
 * @param file the file, relative to the scanned tree
 * @param line the line findings fall back to when a rule points at nothing more precise
 * @param variables the CEL variables (plain maps, lists, strings, longs, doubles, booleans)
 */
public record CheckTarget(
    FileKind kind, String objectKind, String file, int line, Map<String, Object> variables) {
  public CheckTarget {
    objectKind = objectKind == null ? "" : objectKind;
    variables = Map.copyOf(variables);
  }
}
