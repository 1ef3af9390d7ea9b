package io.cxray.core.sbom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Turns an SPDX 2.x tag-value document (<a
 * href="https://spdx.github.io/spdx-spec/v2.3/conformance/#44-standard-data-format-requirements">tag:value
 * format</a>) into the SPDX JSON form, so that one schema check and one assembler serve both
 * serialisations.
 *
 * <p>Document, package, extracted-licence and relationship tags are translated; file, snippet,
 * annotation and review sections are skipped (CXRay reads packages, not files), but a {@code
 * Relationship} tag counts wherever it appears. Values may span lines inside {@code
 * <text>...</text>}.
 */
final class SpdxTagValueReader {
  private static final Map<String, String> DOCUMENT_TAGS =
      Map.of(
          "SPDXVersion", "spdxVersion",
          "DataLicense", "dataLicense",
          "SPDXID", "SPDXID",
          "DocumentName", "name",
          "DocumentNamespace", "documentNamespace",
          "DocumentComment", "comment");

  private static final Map<String, String> PACKAGE_TAGS =
      Map.ofEntries(
          Map.entry("SPDXID", "SPDXID"),
          Map.entry("PackageVersion", "versionInfo"),
          Map.entry("PackageFileName", "packageFileName"),
          Map.entry("PackageSupplier", "supplier"),
          Map.entry("PackageOriginator", "originator"),
          Map.entry("PackageDownloadLocation", "downloadLocation"),
          Map.entry("PackageHomePage", "homepage"),
          Map.entry("PackageSourceInfo", "sourceInfo"),
          Map.entry("PackageLicenseConcluded", "licenseConcluded"),
          Map.entry("PackageLicenseDeclared", "licenseDeclared"),
          Map.entry("PackageLicenseComments", "licenseComments"),
          Map.entry("PackageCopyrightText", "copyrightText"),
          Map.entry("PackageSummary", "summary"),
          Map.entry("PackageDescription", "description"),
          Map.entry("PackageComment", "comment"),
          Map.entry("PrimaryPackagePurpose", "primaryPackagePurpose"),
          Map.entry("ReleaseDate", "releaseDate"),
          Map.entry("BuiltDate", "builtDate"),
          Map.entry("ValidUntilDate", "validUntilDate"));

  private enum Section {
    DOCUMENT,
    PACKAGE,
    LICENSE,
    SKIPPED
  }

  /** The JSON form, or an error when the text is not tag-value at all. */
  record Result(ObjectNode document, SbomError error) {}

  private final ObjectNode doc = SbomJson.MAPPER.createObjectNode();
  private ObjectNode current;
  private Section section = Section.DOCUMENT;

  static Result read(String text) {
    return new SpdxTagValueReader().parse(text);
  }

  private Result parse(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        return malformed("line " + (i + 1) + " is not 'Tag: value'");
      }
      String tag = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (value.startsWith("<text>")) {
        StringBuilder b = new StringBuilder(value.substring(6));
        while (b.indexOf("</text>") < 0) {
          if (++i == lines.length) {
            return malformed("a <text> value is not closed");
          }
          b.append('\n').append(lines[i]);
        }
        value = b.substring(0, b.indexOf("</text>"));
      }
      tag(tag, value);
    }
    if (!doc.has("spdxVersion")) {
      return malformed("no SPDXVersion tag");
    }
    return new Result(doc, null);
  }

  private void tag(String tag, String value) {
    switch (tag) {
      case "PackageName" -> {
        section = Section.PACKAGE;
        current = array("packages").addObject().put("name", value);
      }
      case "LicenseID" -> {
        section = Section.LICENSE;
        current = array("hasExtractedLicensingInfos").addObject().put("licenseId", value);
      }
      case "FileName", "SnippetSPDXID", "Annotator", "Reviewer" -> section = Section.SKIPPED;
      case "Relationship" -> relationship(value);
      default -> sectionTag(tag, value);
    }
  }

  private void sectionTag(String tag, String value) {
    switch (section) {
      case DOCUMENT -> documentTag(tag, value);
      case PACKAGE -> packageTag(tag, value);
      case LICENSE -> {
        if (tag.equals("ExtractedText")) {
          current.put("extractedText", value);
        } else if (tag.equals("LicenseName")) {
          current.put("name", value);
        }
      }
      case SKIPPED -> {}
    }
  }

  private void documentTag(String tag, String value) {
    String field = DOCUMENT_TAGS.get(tag);
    if (field != null) {
      doc.put(field, value);
      return;
    }
    ObjectNode info =
        doc.has("creationInfo")
            ? (ObjectNode) doc.get("creationInfo")
            : doc.putObject("creationInfo");
    switch (tag) {
      case "Creator" -> {
        ArrayNode creators =
            info.has("creators") ? (ArrayNode) info.get("creators") : info.putArray("creators");
        creators.add(value);
      }
      case "Created" -> info.put("created", value);
      case "LicenseListVersion" -> info.put("licenseListVersion", value);
      case "CreatorComment" -> info.put("comment", value);
      default -> {}
    }
  }

  private void packageTag(String tag, String value) {
    String field = PACKAGE_TAGS.get(tag);
    if (field != null) {
      current.put(field, value);
      return;
    }
    switch (tag) {
      case "FilesAnalyzed" -> current.put("filesAnalyzed", Boolean.parseBoolean(value));
      case "PackageChecksum" -> {
        int colon = value.indexOf(':');
        if (colon > 0) {
          arrayOf(current, "checksums")
              .addObject()
              .put("algorithm", value.substring(0, colon).trim())
              .put("checksumValue", value.substring(colon + 1).trim());
        }
      }
      case "PackageVerificationCode" -> {
        String code = value.contains("(") ? value.substring(0, value.indexOf('(')).trim() : value;
        current.putObject("packageVerificationCode").put("packageVerificationCodeValue", code);
      }
      case "PackageLicenseInfoFromFiles" -> arrayOf(current, "licenseInfoFromFiles").add(value);
      case "PackageAttributionText" -> arrayOf(current, "attributionTexts").add(value);
      case "ExternalRef" -> {
        String[] parts = value.split("\\s+", 3);
        if (parts.length == 3) {
          // The JSON schemas spell the category with '_' (2.2 accepts nothing else).
          arrayOf(current, "externalRefs")
              .addObject()
              .put("referenceCategory", parts[0].replace('-', '_'))
              .put("referenceType", parts[1])
              .put("referenceLocator", parts[2]);
        }
      }
      default -> {}
    }
  }

  private void relationship(String value) {
    String[] parts = value.split("\\s+");
    if (parts.length == 3) {
      array("relationships")
          .addObject()
          .put("spdxElementId", parts[0])
          .put("relationshipType", parts[1])
          .put("relatedSpdxElement", parts[2]);
    }
  }

  private ArrayNode array(String field) {
    return arrayOf(doc, field);
  }

  private static ArrayNode arrayOf(ObjectNode node, String field) {
    return node.has(field) ? (ArrayNode) node.get(field) : node.putArray(field);
  }

  private static Result malformed(String message) {
    return new Result(
        null, SbomError.of(SbomError.Kind.MALFORMED, "invalid SPDX tag-value: " + message));
  }
}
