package io.cxray.core.misconfig.host;

import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.List;

/**
 * Reads kernel parameters as <a href="https://man7.org/linux/man-pages/man5/sysctl.d.5.html">
 * sysctl.d(5)</a> and {@code sysctl --system} apply them: files in the order given, the last value
 * of a key winning. Keys may be written with '/' for '.'; a leading '-' (ignore errors) is dropped;
 * '#' and ';' start comments.
 *
 * <p>The result ({@code sysctl}) maps each key (dotted) to an entry with {@code key}, {@code
 * value}, {@code line}, located in the file it came from.
 */
public final class SysctlReader {
  private SysctlReader() {}

  /** Reads the files in order (callers sort them as sysctl.d(5) says). */
  public static PositionedMap read(TreeFiles tree, List<String> filesInOrder) {
    PositionedMap settings =
        new PositionedMap(0, filesInOrder.isEmpty() ? null : filesInOrder.get(0));
    for (String file : filesInOrder) {
      for (ConfigLine cl : ConfigLine.read(tree.read(file).orElse(""), "#;", false)) {
        int eq = cl.text().indexOf('=');
        if (eq <= 0) {
          continue;
        }
        String key = cl.text().substring(0, eq).strip();
        if (key.startsWith("-")) {
          key = key.substring(1);
        }
        key = key.replace('/', '.');
        PositionedMap entry = new PositionedMap(cl.line(), file);
        entry.put("key", key, cl.line());
        entry.put("value", cl.text().substring(eq + 1).strip(), cl.line());
        entry.put("line", (long) cl.line(), cl.line());
        settings.put(key, entry, cl.line());
      }
    }
    return settings;
  }
}
