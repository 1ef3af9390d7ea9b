package io.cxray.core.misconfig.kubernetes;

import io.cxray.core.misconfig.FileKind;
import io.cxray.core.misconfig.doc.CheckTarget;
import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the documents of a Kubernetes manifest into check targets, one per object (a {@code List}'s
 * items included). Workloads get their pod spec found wherever the kind keeps it: {@code spec} for
 * a Pod, {@code spec.template.spec} for Deployment, ReplicaSet, ReplicationController, StatefulSet,
 * DaemonSet and Job, {@code spec.jobTemplate.spec.template.spec} for CronJob. Documents without
 * {@code apiVersion} and {@code kind} are not Kubernetes objects and are skipped.
 *
 * <p>Variables: {@code object} (the document), {@code kind}, {@code podSpec} (empty map for other
 * kinds), {@code containers} (containers, initContainers and ephemeralContainers).
 */
public final class KubernetesParser {
  private KubernetesParser() {}

  public static List<CheckTarget> targets(String file, List<Object> documents) {
    List<CheckTarget> out = new ArrayList<>();
    for (Object doc : documents) {
      if (doc instanceof PositionedMap m && isObject(m)) {
        if ("List".equals(m.get("kind")) && m.get("items") instanceof List<?> items) {
          targets(file, new ArrayList<>(items)).forEach(out::add);
        } else {
          out.add(target(file, m));
        }
      }
    }
    return out;
  }

  /** True when a document looks like a Kubernetes object. */
  public static boolean isObject(Object doc) {
    return doc instanceof Map<?, ?> m
        && m.get("apiVersion") instanceof String
        && m.get("kind") instanceof String;
  }

  private static CheckTarget target(String file, PositionedMap object) {
    String kind = String.valueOf(object.get("kind"));
    PositionedMap podSpec = podSpec(kind, object);
    PositionedList containers = new PositionedList(podSpec.line());
    for (String key : List.of("containers", "initContainers", "ephemeralContainers")) {
      if (podSpec.get(key) instanceof PositionedList list) {
        for (int i = 0; i < list.size(); i++) {
          containers.add(list.get(i), list.lineOf(i));
        }
      }
    }
    return new CheckTarget(
        FileKind.KUBERNETES,
        kind,
        file,
        object.line(),
        Map.of("object", object, "kind", kind, "podSpec", podSpec, "containers", containers));
  }

  private static PositionedMap podSpec(String kind, PositionedMap object) {
    List<String> path =
        switch (kind) {
          case "Pod" -> List.of("spec");
          case "Deployment",
              "ReplicaSet",
              "ReplicationController",
              "StatefulSet",
              "DaemonSet",
              "Job" ->
              List.of("spec", "template", "spec");
          case "CronJob" -> List.of("spec", "jobTemplate", "spec", "template", "spec");
          default -> List.of();
        };
    Object cur = path.isEmpty() ? null : object;
    for (String key : path) {
      cur = cur instanceof Map<?, ?> m ? m.get(key) : null;
    }
    return cur instanceof PositionedMap m ? m : new PositionedMap(object.line());
  }
}
