package io.cxray.core.detect.npm;

import java.util.List;
import java.util.Map;

/**
 * One entry of a yarn.lock, in either format.
 *
 * @param descriptors the {@code name@range} keys that resolve to it
 * @param name the real package name (an alias's target)
 * @param version the resolved version
 * @param protocol how it was resolved: {@code npm}, {@code workspace}, {@code patch}, {@code file},
 *     {@code link}, {@code portal}, {@code git} ...
 * @param dependencies name → range of its dependencies (optional ones included)
 * @param integrity its SRI string, when the format records one
 * @param line the line of its key
 */
record YarnEntry(
    List<String> descriptors,
    String name,
    String version,
    String protocol,
    Map<String, String> dependencies,
    String integrity,
    int line) {

  /** The project's own code (a workspace or a local folder), not a package. */
  boolean isProjectFolder() {
    return protocol.equals("workspace")
        || protocol.equals("file")
        || protocol.equals("link")
        || protocol.equals("portal");
  }

  /** The package name of a descriptor {@code name@range} (scoped names keep their {@code @}). */
  static String descriptorName(String descriptor) {
    int at = descriptor.indexOf('@', 1);
    return at < 0 ? descriptor : descriptor.substring(0, at);
  }

  /** The range of a descriptor {@code name@range}. */
  static String descriptorRange(String descriptor) {
    int at = descriptor.indexOf('@', 1);
    return at < 0 ? "" : descriptor.substring(at + 1);
  }
}
