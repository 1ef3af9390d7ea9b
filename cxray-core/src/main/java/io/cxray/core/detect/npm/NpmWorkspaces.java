package io.cxray.core.detect.npm;

import static io.cxray.core.detect.JsonValues.strings;

import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.StructuredFormats;
import io.cxray.core.detect.WorkspaceGlobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The workspace members that the {@code package.json} beside a lockfile declares, for lockfiles
 * that do not list them (Yarn 1). {@code workspaces} is an array of globs, or an object whose
 * {@code packages} is one (<a href="https://classic.yarnpkg.com/lang/en/docs/workspaces/">Yarn 1
 * workspaces</a>, <a href="https://docs.npmjs.com/cli/using-npm/workspaces">npm workspaces</a>). A
 * member is a matching folder with a {@code package.json}. Globs are expanded by {@link
 * WorkspaceGlobs}; {@code node_modules} is never entered.
 */
final class NpmWorkspaces {
  private NpmWorkspaces() {}

  /** The members' manifests, in folder order; empty when none are declared or found. */
  static List<NpmManifest> members(String lockfile, ParseContext context) {
    String base = lockfile.substring(0, lockfile.lastIndexOf('/') + 1);
    Optional<byte[]> rootManifest = context.readFile(base + "package.json");
    if (rootManifest.isEmpty()) {
      return List.of();
    }
    Set<String> folders =
        WorkspaceGlobs.folders(base, patterns(rootManifest.get()), context, Set.of("node_modules"));
    List<NpmManifest> out = new ArrayList<>();
    for (String folder : folders) {
      if (out.size() >= WorkspaceGlobs.MAX_MEMBERS) {
        break;
      }
      context.readFile(folder + "package.json").flatMap(NpmManifest::parse).ifPresent(out::add);
    }
    return out;
  }

  private static List<String> patterns(byte[] manifest) {
    JsonNode pkg;
    try {
      pkg = StructuredFormats.json().readTree(manifest);
    } catch (RuntimeException e) {
      return List.of();
    }
    JsonNode ws = pkg == null ? null : pkg.get("workspaces");
    return ws != null && ws.isObject() ? strings(ws.get("packages")) : strings(ws);
  }
}
