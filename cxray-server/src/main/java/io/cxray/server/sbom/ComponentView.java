package io.cxray.server.sbom;

import io.cxray.core.sbom.SbomComponent;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;

/** A component of an SBOM; nested components are listed after their parent, flattened. */
public record ComponentView(
    String ref,
    @Schema(types = {"string", "null"}) String type,
    @Schema(types = {"string", "null"}) String group,
    String name,
    @Schema(types = {"string", "null"}) String version,
    @Schema(types = {"string", "null"}) String purl,
    @Schema(types = {"string", "null"}) String supplier,
    List<String> licenses) {

  public static ComponentView of(SbomComponent c) {
    return new ComponentView(
        c.ref(), c.type(), c.group(), c.name(), c.version(), c.purl(), c.supplier(), c.licenses());
  }

  /** Every component, nested ones included, depth first. */
  public static List<ComponentView> flatten(List<SbomComponent> components) {
    List<ComponentView> out = new ArrayList<>();
    add(components, out);
    return out;
  }

  private static void add(List<SbomComponent> components, List<ComponentView> out) {
    for (SbomComponent c : components) {
      out.add(of(c));
      add(c.components(), out);
    }
  }
}
