package io.cxray.core.detect;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Checks that a dependency file is text before a line-oriented parser reads it. */
public final class TextContent {
  /**
   * The longest line a YAML lockfile may have. Real lockfiles stay far below it; the YAML scanner
   * slows down badly on multi-megabyte scalars, so longer lines are refused up front.
   */
  public static final int MAX_YAML_LINE = 64 << 10;

  private TextContent() {}

  /** The content as UTF-8 text (a BOM dropped), or empty when it is not valid UTF-8 or has NULs. */
  public static Optional<String> utf8(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return Optional.empty();
      }
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The length in bytes of the longest line. */
  public static int longestLine(byte[] content) {
    int longest = 0;
    int current = 0;
    for (byte b : content) {
      if (b == '\n') {
        longest = Math.max(longest, current);
        current = 0;
      } else {
        current++;
      }
    }
    return Math.max(longest, current);
  }

  /** A warning for YAML content with an over-long line, or null when it is fine. */
  public static ParseResult yamlLimits(String file, String parserId, byte[] content) {
    int longest = longestLine(content);
    return longest > MAX_YAML_LINE
        ? ParseResult.failed(
            file,
            parserId,
            "refused: a line of " + longest + " bytes (limit " + MAX_YAML_LINE + ")")
        : null;
  }
}
