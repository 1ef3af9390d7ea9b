package io.cxray.core.detect.go;

import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.Packages;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.detect.TextContent;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Package;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code go.sum} as a fallback list of modules, for a tree that has no {@code go.mod} beside
 * it (the go.mod is authoritative: go.sum also keeps checksums of modules that MVS did not select).
 *
 * <p>Each line is {@code <module> <version>[/go.mod] <hash>} (<a
 * href="https://go.dev/ref/mod#go-sum-files">reference</a>). A {@code /go.mod} line checksums only
 * a module's go.mod, fetched during resolution, so it does not make the module a package.
 */
public final class GoSumParser extends NamedFileParser {
  static final String ID = "go/sum";

  public GoSumParser() {
    super(ID, Ecosystem.GO, "go.sum");
  }

  @Override
  public ParseResult parse(String file, byte[] content, ParseContext context) {
    String goMod = file.substring(0, file.length() - "go.sum".length()) + "go.mod";
    if (context.readFile(goMod).isPresent()) {
      return new ParseResult(
          List.of(), List.of(), List.of(), List.of("not read: " + goMod + " lists the modules"));
    }
    Map<String, Package> modules = new LinkedHashMap<>();
    List<ParseWarning> warnings = new ArrayList<>();
    Optional<String> text = TextContent.utf8(content);
    if (text.isEmpty()) {
      return ParseResult.failed(file, ID, "not a text file (binary or not UTF-8)");
    }
    String[] lines = text.get().split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length != 3 || !f[2].contains(":")) {
        warnings.add(new ParseWarning(file, ID, "line " + (i + 1) + ": not a go.sum line"));
        continue;
      }
      if (!f[1].endsWith("/go.mod")) {
        modules.putIfAbsent(
            f[0] + "@" + f[1],
            Packages.of(
                Ecosystem.GO, f[0], f[1], file, i + 1, Relationship.UNKNOWN, Scope.UNKNOWN));
      }
    }
    return new ParseResult(
        List.copyOf(modules.values()),
        List.of(),
        warnings,
        List.of("modules from go.sum: no go.mod, so no direct/transitive split"));
  }
}
