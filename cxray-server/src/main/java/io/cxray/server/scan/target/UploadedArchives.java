package io.cxray.server.scan.target;

import io.cxray.server.archive.ArchiveException;
import io.cxray.server.archive.ArchiveExtractor;
import io.cxray.server.archive.ArchiveLimits;
import io.cxray.server.scan.ScanErrorCode;
import java.nio.file.Path;

/**
 * An uploaded archive as a scan target: extracted by the shared {@link ArchiveExtractor}, with its
 * refusals as failed-scan codes (TARGET_TOO_LARGE for the size limit, INVALID_ARCHIVE otherwise).
 */
public final class UploadedArchives {

  private final ArchiveExtractor extractor;

  public UploadedArchives(ArchiveLimits limits) {
    this.extractor = new ArchiveExtractor(limits);
  }

  public FetchedTree extract(byte[] archive, Path dir) throws TargetException {
    try {
      extractor.extract(archive, dir);
      return new FetchedTree(dir, null, null);
    } catch (ArchiveException e) {
      ScanErrorCode code =
          e.kind() == ArchiveException.Kind.TOO_LARGE
              ? ScanErrorCode.TARGET_TOO_LARGE
              : ScanErrorCode.INVALID_ARCHIVE;
      throw new TargetException(code, e.getMessage());
    }
  }
}
