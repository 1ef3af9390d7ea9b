package io.cxray.core.misconfig.terraform;

import io.cxray.core.misconfig.FileKind;
import io.cxray.core.misconfig.MisconfigWarning;
import io.cxray.core.misconfig.doc.CheckTarget;
import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code .tf} files of one directory (a Terraform module): one check target per {@code
 * resource} block, object kind = resource type. Variables: {@code resource} ({@code type}, {@code
 * name}, {@code body}; see {@link HclReader}) and {@code resources} (every resource of the module,
 * for checks that need a companion resource, such as an S3 public-access block).
 */
public final class TerraformModuleReader {
  private TerraformModuleReader() {}

  /** Targets and per-file warnings. */
  public record Module(List<CheckTarget> targets, List<MisconfigWarning> warnings) {}

  public static Module read(Map<String, String> textsByFile) {
    PositionedList resources = new PositionedList(0);
    List<MisconfigWarning> warnings = new ArrayList<>();
    for (var e : textsByFile.entrySet()) {
      PositionedMap body;
      try {
        body = HclReader.read(e.getValue());
      } catch (HclSyntaxException ex) {
        warnings.add(new MisconfigWarning(e.getKey(), "invalid HCL: " + ex.getMessage()));
        continue;
      }
      if (body.get("resource") instanceof PositionedList blocks) {
        for (Object b : blocks) {
          PositionedMap block = (PositionedMap) b;
          List<?> labels = (List<?>) block.get("$labels");
          if (labels.size() != 2) {
            continue;
          }
          PositionedMap r = new PositionedMap(block.line(), e.getKey());
          r.put("type", labels.get(0), block.line());
          r.put("name", labels.get(1), block.line());
          r.put("body", block, block.line());
          resources.add(r, block.line());
        }
      }
    }
    List<CheckTarget> targets = new ArrayList<>();
    for (Object o : resources) {
      PositionedMap r = (PositionedMap) o;
      targets.add(
          new CheckTarget(
              FileKind.TERRAFORM,
              String.valueOf(r.get("type")),
              r.file(),
              r.line(),
              Map.of("resource", r, "resources", resources)));
    }
    return new Module(targets, warnings);
  }
}
