package io.cxray.core.advisory.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens fetched files, transparently un-gzipping them (EPSS publishes {@code .csv.gz}) with a bound
 * on the decompressed size.
 */
public final class Payloads {
  private Payloads() {}

  public static InputStream open(Path file, long maxBytes) throws IOException {
    PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 2);
    byte[] magic = new byte[2];
    int n = in.readNBytes(magic, 0, 2);
    in.unread(magic, 0, n);
    InputStream body =
        n == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b
            ? new GZIPInputStream(in, 64 * 1024)
            : in;
    return new Bounded(body, maxBytes, file.getFileName().toString());
  }

  /** Fails the read once more than {@code max} bytes came through. */
  static final class Bounded extends FilterInputStream {
    private final long max;
    private final String name;
    private long count;

    Bounded(InputStream in, long max, String name) {
      super(in);
      this.max = max;
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        check(n);
      }
      return n;
    }

    private void check(int n) throws IOException {
      count += n;
      if (count > max) {
        throw new IOException(name + " expands beyond the limit of " + max + " bytes");
      }
    }
  }
}
