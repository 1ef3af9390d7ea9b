package io.cxray.core.misconfig.host;

import io.cxray.core.misconfig.doc.PositionedMap;

/**
 * Reads <a href="https://man7.org/linux/man-pages/man5/login.defs.5.html">login.defs(5)</a>: {@code
 * NAME value} lines, '#' comments; shadow-utils keeps the last definition of a name. The result
 * ({@code logindefs}) maps each name to an entry with {@code name}, {@code value}, {@code line}.
 */
public final class LoginDefsReader {
  private LoginDefsReader() {}

  public static PositionedMap read(String file, String text) {
    PositionedMap out = new PositionedMap(0, file);
    for (ConfigLine cl : ConfigLine.read(text, "#", false)) {
      String[] parts = cl.text().split("\\s+", 2);
      PositionedMap entry = new PositionedMap(cl.line(), file);
      entry.put("name", parts[0], cl.line());
      entry.put("value", parts.length > 1 ? parts[1].strip().replace("\"", "") : "", cl.line());
      entry.put("line", (long) cl.line(), cl.line());
      out.put(parts[0], entry, cl.line());
    }
    return out;
  }
}
