package io.cxray.server.sbom;

import io.cxray.server.archive.ArchiveLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the SBOM endpoints ({@code cxray.sbom.*}, e.g. {@code CXRAY_SBOM_MAX_DOCUMENT_SIZE}).
 *
 * @param maxDocumentSize largest SBOM document (analyze) or archive (generate) accepted; the
 *     request body limit of {@code POST /v1/sbom/*} is this plus a little for multipart framing
 * @param archive limits on what an uploaded archive may expand to
 */
@ConfigurationProperties("cxray.sbom")
public record SbomProperties(
    @DefaultValue("50MB") DataSize maxDocumentSize, @DefaultValue Archive archive) {

  /**
   * @param maxEntries files and directories in the archive
   * @param maxTotalSize bytes of all extracted files together
   * @param maxExpansionRatio extracted bytes per archive byte
   */
  public record Archive(
      @DefaultValue("20000") int maxEntries,
      @DefaultValue("512MB") DataSize maxTotalSize,
      @DefaultValue("100") int maxExpansionRatio) {

    public ArchiveLimits limits() {
      return new ArchiveLimits(maxEntries, maxTotalSize.toBytes(), maxExpansionRatio);
    }
  }

  /** Room for multipart boundaries and part headers around an uploaded document. */
  public long maxRequestBytes() {
    return maxDocumentSize.toBytes() + 64 * 1024;
  }
}
