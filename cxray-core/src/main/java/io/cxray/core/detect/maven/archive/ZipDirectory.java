package io.cxray.core.detect.maven.archive;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads the entry count from a zip's end-of-central-directory record (and its zip64 form) before
 * the archive is opened, so that a central directory with millions of entries is refused before
 * anything is allocated for it. See <a
 * href="https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT">APPNOTE.TXT</a> 4.3.14-4.3.16.
 */
final class ZipDirectory {
  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
  private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
  private static final int EOCD_MIN = 22;
  private static final int MAX_COMMENT = 0xFFFF;

  private ZipDirectory() {}

  /** The number of entries the archive declares, or -1 when no end record is found. */
  static long declaredEntries(byte[] zip) {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int lowest = Math.max(0, zip.length - EOCD_MIN - MAX_COMMENT);
    for (int at = zip.length - EOCD_MIN; at >= lowest; at--) {
      if (b.getInt(at) != EOCD_SIGNATURE) {
        continue;
      }
      long entries = b.getShort(at + 10) & 0xFFFF;
      if (entries != 0xFFFF) {
        return entries;
      }
      return zip64Entries(b, at);
    }
    return -1;
  }

  private static long zip64Entries(ByteBuffer b, int eocd) {
    int locator = eocd - 20;
    if (locator < 0 || b.getInt(locator) != ZIP64_LOCATOR_SIGNATURE) {
      return 0xFFFF;
    }
    long offset = b.getLong(locator + 8);
    if (offset < 0 || offset > b.limit() - 56 || b.getInt((int) offset) != ZIP64_EOCD_SIGNATURE) {
      return -1;
    }
    return b.getLong((int) offset + 32);
  }
}
