package io.cxray.core.misconfig.compose;

import io.cxray.core.misconfig.FileKind;
import io.cxray.core.misconfig.doc.CheckTarget;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A <a href="https://docs.docker.com/reference/compose-file/">Compose file</a>: one check target
 * per service (object kind "service"), with variables {@code service} (its map, merge keys
 * applied), {@code name} and {@code compose} (the whole document).
 */
public final class ComposeParser {
  private ComposeParser() {}

  public static List<CheckTarget> targets(String file, List<Object> docs) {
    List<CheckTarget> out = new ArrayList<>();
    for (Object doc : docs) {
      if (doc instanceof PositionedMap compose
          && compose.get("services") instanceof PositionedMap services) {
        for (String name : services.keySet()) {
          if (services.get(name) instanceof PositionedMap service) {
            out.add(
                new CheckTarget(
                    FileKind.COMPOSE,
                    "service",
                    file,
                    services.lineOf(name),
                    Map.of("service", service, "name", name, "compose", compose)));
          }
        }
      }
    }
    return out;
  }
}
