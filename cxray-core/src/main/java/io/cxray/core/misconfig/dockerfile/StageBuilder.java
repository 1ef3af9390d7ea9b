package io.cxray.core.misconfig.dockerfile;

import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups instructions into build stages. A stage map has {@code index}, {@code name} (the {@code
 * AS} alias), {@code image}, {@code tag}, {@code digest}, {@code fromStage} (FROM names an earlier
 * stage), {@code variable} (the image contains an ARG reference, so it is unknown here), {@code
 * instructions} and, when the stage sets one, {@code lastUser} (its last USER instruction).
 * Instructions before the first FROM (global ARGs) belong to no stage.
 */
final class StageBuilder {
  private StageBuilder() {}

  static DockerfileParser.DockerfileModel build(List<PositionedMap> instructions, String syntax) {
    PositionedList stages = new PositionedList(1);
    PositionedList all = new PositionedList(1);
    Set<String> names = new HashSet<>();
    PositionedMap stage = null;
    PositionedList stageInstructions = null;
    for (PositionedMap ins : instructions) {
      int line = ins.line();
      if (ins.get("cmd").equals("FROM")) {
        stageInstructions = new PositionedList(line);
        stage = stage(ins, stages.size(), names, stageInstructions);
        stages.add(stage, line);
      }
      ins.put("stage", (long) stages.size() - 1, line);
      all.add(ins, line);
      if (stageInstructions != null) {
        stageInstructions.add(ins, line);
        if (ins.get("cmd").equals("USER")) {
          stage.put("lastUser", ins, line);
        }
      }
    }
    PositionedMap last = stage == null ? new PositionedMap(1) : stage;
    if (stage == null) {
      last.put("instructions", new PositionedList(1), 1);
    }
    return new DockerfileParser.DockerfileModel(stages, all, last, syntax);
  }

  private static PositionedMap stage(
      PositionedMap from, int index, Set<String> names, PositionedList instructions) {
    int line = from.line();
    List<?> args = (List<?>) from.get("args");
    String ref = args.isEmpty() ? "" : args.get(0).toString();
    String alias = "";
    if (args.size() >= 3 && args.get(1).toString().equalsIgnoreCase("as")) {
      alias = args.get(2).toString().toLowerCase(Locale.ROOT);
    }
    ImageRef image = ImageRef.parse(ref);
    PositionedMap s = new PositionedMap(line);
    s.put("index", (long) index, line);
    s.put("name", alias, line);
    s.put("image", image.name(), line);
    s.put("tag", image.tag(), line);
    s.put("digest", image.digest(), line);
    s.put("ref", ref, line);
    s.put("fromStage", names.contains(ref.toLowerCase(Locale.ROOT)), line);
    s.put("variable", ref.contains("$"), line);
    Object platform = ((PositionedMap) from.get("flags")).get("platform");
    s.put("platform", platform == null ? "" : platform.toString(), line);
    s.put("instructions", instructions, line);
    if (!alias.isEmpty()) {
      names.add(alias);
    }
    return s;
  }
}
