package io.cxray.core.misconfig.dockerfile;

import io.cxray.core.misconfig.doc.CheckTarget;
import io.cxray.core.misconfig.engine.RuleCheck;
import io.cxray.core.misconfig.engine.RuleHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of the checks that read what RUN instructions execute: each RUN's shell script (with its
 * heredoc bodies, or its exec-form words) is split into commands, and the subclass says which
 * command is at fault. The evidence is that command.
 */
abstract class RunCommandCheck implements RuleCheck {
  @Override
  public List<RuleHit> check(CheckTarget target) {
    List<RuleHit> hits = new ArrayList<>();
    if (!(target.variables().get("instructions") instanceof List<?> instructions)) {
      return hits;
    }
    for (Object o : instructions) {
      if (o instanceof Map<?, ?> ins && "RUN".equals(ins.get("cmd"))) {
        List<ShellCommands.Command> commands =
            ShellCommands.split(String.valueOf(ins.get("script")));
        String bad = offending(commands);
        if (bad != null) {
          hits.add(RuleHit.at(((Number) ins.get("line")).intValue(), "RUN " + bad));
        }
      }
    }
    return hits;
  }

  /** The offending command's text, or null when this RUN is fine. */
  abstract String offending(List<ShellCommands.Command> commands);

  static boolean hasShortFlag(ShellCommands.Command c, char flag) {
    for (String w : c.words().subList(1, c.words().size())) {
      if (w.startsWith("-") && !w.startsWith("--") && w.indexOf(flag) > 0) {
        return true;
      }
    }
    return false;
  }

  static boolean hasWord(ShellCommands.Command c, String word) {
    for (String w : c.words()) {
      if (w.equals(word) || w.startsWith(word + "=")) {
        return true;
      }
    }
    return false;
  }
}
