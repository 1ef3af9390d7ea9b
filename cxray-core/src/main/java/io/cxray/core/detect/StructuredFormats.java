package io.cxray.core.detect;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlFactory;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Jackson mappers for the dependency-file formats, with limits that hostile input cannot get past:
 * bounded nesting, string and document length; YAML aliases are not expanded (Jackson reports an
 * alias, it does not replay the anchored node, so a "billion laughs" document stays small), the
 * number of aliases per document is bounded, and recursive keys are refused.
 */
public final class StructuredFormats {
  /** Deeper documents are refused; no lockfile format nests anywhere near this. */
  public static final int MAX_NESTING = 200;

  /** Longest document, in characters or bytes. */
  public static final int MAX_DOCUMENT = 64 << 20;

  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING)
          .maxDocumentLength(MAX_DOCUMENT)
          .maxStringLength(8 << 20)
          .maxNameLength(64 << 10)
          .maxNumberLength(1000)
          .build();

  private static final JsonMapper JSON =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build()).build();

  private static final JsonMapper JSONC =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(LIMITS)
                  .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                  .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                  .build())
          .build();

  private static final YAMLMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .streamReadConstraints(LIMITS)
                  .loadSettings(
                      LoadSettings.builder()
                          .setMaxAliasesForCollections(50)
                          .setAllowRecursiveKeys(false)
                          .setCodePointLimit(MAX_DOCUMENT)
                          .build())
                  .build())
          .build();

  private static final TomlMapper TOML =
      TomlMapper.builder(TomlFactory.builder().streamReadConstraints(LIMITS).build()).build();

  private StructuredFormats() {}

  /** A one-line description of a parse error, with its line when known. */
  public static String problem(tools.jackson.core.JacksonException e) {
    String message =
        e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    int newline = message.indexOf('\n');
    String first = (newline < 0 ? message : message.substring(0, newline)).strip();
    var location = e.getLocation();
    return location != null && location.getLineNr() > 0
        ? first + " (line " + location.getLineNr() + ")"
        : first;
  }

  public static JsonMapper json() {
    return JSON;
  }

  /** JSON with comments and trailing commas (JSONC, as {@code bun.lock} is written). */
  public static JsonMapper jsonc() {
    return JSONC;
  }

  public static YAMLMapper yaml() {
    return YAML;
  }

  public static TomlMapper toml() {
    return TOML;
  }
}
