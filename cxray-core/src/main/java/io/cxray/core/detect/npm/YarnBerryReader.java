package io.cxray.core.detect.npm;

import static io.cxray.core.detect.JsonValues.fields;
import static io.cxray.core.detect.JsonValues.text;

import io.cxray.core.detect.FieldLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Yarn 2+ ("Berry") lockfiles: YAML with a {@code __metadata} entry, then one entry per set of
 * descriptors, each with the {@code resolution} it locked (<a
 * href="https://yarnpkg.com/protocols">protocols</a>). The resolution says what was installed:
 * {@code lodash@npm:4.17.21} for {@code my-lodash@npm:lodash@^4}, {@code typescript@patch:...} for
 * a patched package (the same package and version, patched), {@code x@workspace:packages/x} for a
 * workspace. Workspace entries list what each workspace depends on.
 */
final class YarnBerryReader {
  private YarnBerryReader() {}

  static List<YarnEntry> read(JsonNode root, FieldLines lines) {
    List<YarnEntry> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : fields(root)) {
      if (e.getKey().equals("__metadata") || !e.getValue().isObject()) {
        continue;
      }
      JsonNode entry = e.getValue();
      String resolution = text(entry, "resolution");
      if (resolution == null) {
        continue;
      }
      List<String> descriptors = new ArrayList<>();
      for (String d : e.getKey().split(",")) {
        descriptors.add(d.trim());
      }
      Map<String, String> deps = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> d : fields(entry.get("dependencies"))) {
        String range = text(d.getValue());
        deps.put(d.getKey(), range == null ? d.getValue().asString("") : range);
      }
      String range = YarnEntry.descriptorRange(resolution);
      out.add(
          new YarnEntry(
              descriptors,
              YarnEntry.descriptorName(resolution),
              version(entry),
              protocol(range),
              deps,
              null,
              lines.line(e.getKey())));
    }
    return out;
  }

  private static String version(JsonNode entry) {
    JsonNode v = entry.get("version");
    return v == null || v.isNull() || v.isContainer() ? null : v.asString();
  }

  private static String protocol(String range) {
    int colon = range.indexOf(':');
    String p = colon < 0 ? "npm" : range.substring(0, colon);
    return switch (p) {
      case "git", "git+https", "git+ssh", "github", "ssh" -> "git";
      case "https", "http" -> "remote";
      default -> p;
    };
  }
}
