package io.cxray.core.misconfig.actions;

import io.cxray.core.misconfig.FileKind;
import io.cxray.core.misconfig.doc.CheckTarget;
import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.List;
import java.util.Map;

/**
 * A GitHub Actions workflow (<a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax">workflow
 * syntax</a>) as one check target. Variables: {@code workflow} (the document), {@code triggers}
 * (event names, whether {@code on} is a string, a list or a map), {@code jobs} (each {@code id} and
 * {@code job}) and {@code steps} (each {@code jobId}, {@code job} and {@code step}).
 */
public final class WorkflowParser {
  private WorkflowParser() {}

  public static List<CheckTarget> targets(String file, List<Object> docs) {
    if (docs.isEmpty() || !(docs.get(0) instanceof PositionedMap wf) || !wf.containsKey("jobs")) {
      return List.of();
    }
    PositionedList triggers = new PositionedList(wf.lineOf("on"));
    Object on = wf.get("on");
    if (on instanceof String s) {
      triggers.add(s, wf.lineOf("on"));
    } else if (on instanceof PositionedList l) {
      for (int i = 0; i < l.size(); i++) {
        triggers.add(String.valueOf(l.get(i)), l.lineOf(i));
      }
    } else if (on instanceof PositionedMap m) {
      m.keySet().forEach(k -> triggers.add(k, m.lineOf(k)));
    }
    PositionedList jobs = new PositionedList(wf.lineOf("jobs"));
    PositionedList steps = new PositionedList(wf.lineOf("jobs"));
    if (wf.get("jobs") instanceof PositionedMap jobMap) {
      for (String id : jobMap.keySet()) {
        if (!(jobMap.get(id) instanceof PositionedMap job)) {
          continue;
        }
        PositionedMap j = new PositionedMap(jobMap.lineOf(id));
        j.put("id", id, jobMap.lineOf(id));
        j.put("job", job, job.line());
        jobs.add(j, jobMap.lineOf(id));
        if (job.get("steps") instanceof PositionedList list) {
          for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof PositionedMap step) {
              PositionedMap s = new PositionedMap(step.line());
              s.put("jobId", id, step.line());
              s.put("job", job, step.line());
              s.put("step", step, step.line());
              steps.add(s, list.lineOf(i));
            }
          }
        }
      }
    }
    return List.of(
        new CheckTarget(
            FileKind.GITHUB_ACTIONS,
            "",
            file,
            wf.line(),
            Map.of("workflow", wf, "triggers", triggers, "jobs", jobs, "steps", steps)));
  }
}
