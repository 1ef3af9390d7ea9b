package io.cxray.core.misconfig.host;

import io.cxray.core.misconfig.doc.PositionedList;
import io.cxray.core.misconfig.doc.PositionedMap;
import java.util.List;

/**
 * Line-oriented host files read as a list of entries ({@code text}, {@code words}, {@code line}, in
 * the file each came from), in file order. Used for <a
 * href="https://man7.org/linux/man-pages/man5/sudoers.5.html">sudoers(5)</a> (backslash
 * continuation; {@code #include}/{@code @include} lines are kept as entries), <a
 * href="https://man7.org/linux/man-pages/man7/audit.rules.7.html">audit.rules(7)</a> as augenrules
 * concatenates {@code rules.d/*.rules} in lexical order, and <a
 * href="https://man7.org/linux/man-pages/man5/modprobe.d.5.html">modprobe.d(5)</a>, whose entries
 * also get {@code directive}, {@code module} and {@code args}.
 */
public final class LineEntriesReader {
  private LineEntriesReader() {}

  public static PositionedMap read(
      TreeFiles tree, List<String> filesInOrder, boolean sudoers, boolean modprobe) {
    PositionedMap out = new PositionedMap(0, filesInOrder.isEmpty() ? null : filesInOrder.get(0));
    PositionedList entries = new PositionedList(0);
    for (String file : filesInOrder) {
      String text = tree.read(file).orElse("");
      for (ConfigLine cl : ConfigLine.read(text, sudoers ? "" : "#", sudoers || modprobe)) {
        if (sudoers && cl.text().startsWith("#") && !cl.text().matches("#include(dir)?\\s.*")) {
          continue;
        }
        entries.add(entry(file, cl, modprobe), cl.line());
      }
    }
    out.put("entries", entries, 0);
    PositionedList files = new PositionedList(0);
    filesInOrder.forEach(f -> files.add(f, 0));
    out.put("files", files, 0);
    return out;
  }

  private static PositionedMap entry(String file, ConfigLine cl, boolean modprobe) {
    PositionedMap e = new PositionedMap(cl.line(), file);
    String[] words = cl.text().split("\\s+");
    PositionedList w = new PositionedList(cl.line());
    for (String word : words) {
      w.add(word, cl.line());
    }
    e.put("text", cl.text(), cl.line());
    e.put("words", w, cl.line());
    e.put("line", (long) cl.line(), cl.line());
    if (modprobe) {
      e.put("directive", words[0], cl.line());
      e.put("module", words.length > 1 ? words[1].replace('-', '_') : "", cl.line());
      String[] rest = cl.text().split("\\s+", 3);
      e.put("args", rest.length > 2 ? rest[2] : "", cl.line());
    }
    return e;
  }
}
