package io.cxray.core.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.namespace.QName;
import org.cyclonedx.Version;

/**
 * Reads an SBOM of any supported format, detected from the content (never from a file name):
 *
 * <ol>
 *   <li>Over the size limit: {@link SbomError.Kind#TOO_LARGE}, before anything is parsed.
 *   <li>First non-blank character {@code {}: JSON. {@code "bomFormat": "CycloneDX"} is CycloneDX
 *       with its {@code specVersion}; {@code "spdxVersion": "SPDX-2.x"} is SPDX.
 *   <li>First non-blank character {@code <}: XML, refused when it has a DOCTYPE; a root {@code bom}
 *       in the namespace {@code http://cyclonedx.org/schema/bom/1.x} is CycloneDX 1.x.
 *   <li>Otherwise a line {@code SPDXVersion: SPDX-2.x} makes it SPDX tag-value.
 * </ol>
 *
 * Supported: CycloneDX 1.2-1.6 (JSON and XML), SPDX 2.2 and 2.3 (JSON and tag-value). Every
 * document is validated against its official schema before it is read. Thread-safe.
 */
public final class SbomReader {
  /** The default size limit: 50 MiB. */
  public static final int DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

  private static final Set<String> SPDX_VERSIONS = Set.of("2.2", "2.3");
  private static final String CDX_NAMESPACE = "http://cyclonedx.org/schema/bom/";

  private final int maxBytes;

  public SbomReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public SbomReader(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Reads a document; never throws for bad content. */
  public SbomReadResult read(byte[] content) {
    if (content == null || content.length == 0) {
      return SbomReadResult.failure(null, SbomError.Kind.UNKNOWN_FORMAT, "the document is empty");
    }
    if (content.length > maxBytes) {
      return SbomReadResult.failure(
          null,
          SbomError.Kind.TOO_LARGE,
          "the document has " + content.length + " bytes; the limit is " + maxBytes);
    }
    try {
      return switch (firstSignificant(content)) {
        case '{' -> readJson(content);
        case '<' -> readXml(content);
        default -> readText(content);
      };
    } catch (RuntimeException e) {
      // A library failing on input it should have rejected: still an error value, not a crash.
      return SbomReadResult.failure(
          null,
          SbomError.Kind.MALFORMED,
          "the document could not be read: " + SafeXml.firstLine(e.getMessage()));
    }
  }

  private static char firstSignificant(byte[] content) {
    int i = 0;
    if (content.length >= 3
        && (content[0] & 0xff) == 0xEF
        && (content[1] & 0xff) == 0xBB
        && (content[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < content.length && Character.isWhitespace(content[i])) {
      i++;
    }
    return i < content.length ? (char) (content[i] & 0xff) : ' ';
  }

  private SbomReadResult readJson(byte[] content) {
    JsonNode tree;
    try {
      tree = SbomJson.MAPPER.readTree(content);
    } catch (JsonProcessingException e) {
      return SbomReadResult.failure(
          null,
          SbomError.Kind.MALFORMED,
          "invalid JSON: "
              + withoutSource(SafeXml.firstLine(e.getOriginalMessage()))
              + location(e));
    } catch (IOException e) {
      return SbomReadResult.failure(
          null, SbomError.Kind.MALFORMED, "invalid JSON: " + e.getMessage());
    }
    if ("CycloneDX".equals(SbomJson.text(tree, "bomFormat"))) {
      String specVersion = SbomJson.text(tree, "specVersion");
      DetectedFormat format = new DetectedFormat(SbomFormat.CYCLONEDX_JSON, specVersion);
      Version version = Version.fromVersionString(specVersion);
      if (specVersion == null) {
        return SbomReadResult.failure(
            format, SbomError.Kind.SCHEMA_INVALID, "CycloneDX JSON document has no specVersion");
      }
      if (version == null || version.getVersion() < 1.2) {
        return SbomReadResult.failure(
            format,
            SbomError.Kind.UNSUPPORTED_VERSION,
            "CycloneDX JSON specVersion '" + specVersion + "' is not supported (1.2-1.6 are)");
      }
      return CycloneDxJsonReader.read(tree, format, version);
    }
    String spdxVersion = SbomJson.text(tree, "spdxVersion");
    if (spdxVersion != null) {
      return readSpdx(tree, SbomFormat.SPDX_JSON, spdxVersion);
    }
    String context = tree.path("@context").toString();
    if (context.contains("spdx.org/rdf/3")) {
      return SbomReadResult.failure(
          new DetectedFormat(SbomFormat.SPDX_JSON, "3"),
          SbomError.Kind.UNSUPPORTED_VERSION,
          "SPDX 3 (JSON-LD) is not supported (SPDX-2.2 and SPDX-2.3 are)");
    }
    return SbomReadResult.failure(
        null,
        SbomError.Kind.UNKNOWN_FORMAT,
        "JSON document is neither CycloneDX (no \"bomFormat\": \"CycloneDX\") nor SPDX 2 (no"
            + " \"spdxVersion\")");
  }

  private static SbomReadResult readSpdx(JsonNode tree, SbomFormat serialisation, String declared) {
    String version = declared.startsWith("SPDX-") ? declared.substring(5) : declared;
    DetectedFormat format = new DetectedFormat(serialisation, version);
    if (!SPDX_VERSIONS.contains(version)) {
      return SbomReadResult.failure(
          format,
          SbomError.Kind.UNSUPPORTED_VERSION,
          "SPDX version '" + declared + "' is not supported (SPDX-2.2 and SPDX-2.3 are)");
    }
    return SpdxJsonReader.read(tree, format);
  }

  private SbomReadResult readXml(byte[] content) {
    SafeXml.Preflight preflight = SafeXml.check(content);
    if (preflight.error() != null) {
      return new SbomReadResult.Failure(null, preflight.error());
    }
    QName root = preflight.root();
    String ns = root == null ? "" : root.getNamespaceURI();
    if (root == null || !root.getLocalPart().equals("bom") || !ns.startsWith(CDX_NAMESPACE)) {
      return SbomReadResult.failure(
          null,
          SbomError.Kind.UNKNOWN_FORMAT,
          "XML document is not CycloneDX (root element "
              + (root == null ? "missing" : "{" + ns + "}" + root.getLocalPart())
              + ")");
    }
    String specVersion = ns.substring(CDX_NAMESPACE.length());
    DetectedFormat format = new DetectedFormat(SbomFormat.CYCLONEDX_XML, specVersion);
    Version version = Version.fromVersionString(specVersion);
    if (version == null || version.getVersion() < 1.2) {
      return SbomReadResult.failure(
          format,
          SbomError.Kind.UNSUPPORTED_VERSION,
          "CycloneDX XML version '" + specVersion + "' is not supported (1.2-1.6 are)");
    }
    return CycloneDxXmlReader.read(content, format, version);
  }

  private SbomReadResult readText(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return SbomReadResult.failure(
            null, SbomError.Kind.UNKNOWN_FORMAT, "the document is binary, not an SBOM");
      }
    }
    String text = new String(content, StandardCharsets.UTF_8);
    if (!text.lines().anyMatch(l -> l.startsWith("SPDXVersion:"))) {
      return SbomReadResult.failure(
          null,
          SbomError.Kind.UNKNOWN_FORMAT,
          "not CycloneDX (JSON or XML) nor SPDX (JSON or tag-value)");
    }
    SpdxTagValueReader.Result result = SpdxTagValueReader.read(text);
    if (result.error() != null) {
      return new SbomReadResult.Failure(
          new DetectedFormat(SbomFormat.SPDX_TAG_VALUE, null), result.error());
    }
    String declared = SbomJson.text(result.document(), "spdxVersion");
    return readSpdx(result.document(), SbomFormat.SPDX_TAG_VALUE, declared);
  }

  /** Jackson names the (redacted) source inside nested locations; that says nothing to a user. */
  private static String withoutSource(String message) {
    return message.replaceAll("\\[Source: [^;]*; ", "[");
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }
}
