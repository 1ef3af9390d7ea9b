package io.cxray.core.misconfig.engine;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.extensions.CelOptionalLibrary;
import dev.cel.parser.CelStandardMacro;
import io.cxray.core.misconfig.FileKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * One CEL environment per file kind, declaring that kind's variables as {@code dyn} so that a rule
 * naming an unknown variable fails to compile at load time. Standard macros, the strings extension
 * ({@code lowerAscii}, {@code split}...) and optional field access ({@code a.?b.orValue(x)}) are
 * on.
 */
public final class CelEnvironments {
  public static final String ITEM = "item";
  public static final String FILE = "file";

  private final Map<FileKind, Cel> byKind = new EnumMap<>(FileKind.class);

  public CelEnvironments() {
    for (FileKind kind : FileKind.values()) {
      var builder =
          CelFactory.standardCelBuilder()
              .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
              .addCompilerLibraries(CelExtensions.strings(), CelOptionalLibrary.INSTANCE)
              .addRuntimeLibraries(CelExtensions.strings(), CelOptionalLibrary.INSTANCE)
              .addVar(ITEM, SimpleType.DYN)
              .addVar(FILE, SimpleType.STRING);
      for (String v : kind.variables()) {
        builder.addVar(v, SimpleType.DYN);
      }
      byKind.put(kind, builder.build());
    }
  }

  public Cel forKind(FileKind kind) {
    return byKind.get(kind);
  }
}
