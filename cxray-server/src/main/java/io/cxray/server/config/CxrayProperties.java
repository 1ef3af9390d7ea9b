package io.cxray.server.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The server's settings. Each is an environment variable (API.md, "Configuration") and equally a
 * Spring property: {@code CXRAY_DATA_DIR} is {@code cxray.data-dir}, {@code CXRAY_DB_URL} is {@code
 * cxray.db.url}, and so on.
 */
@ConfigurationProperties("cxray")
public record CxrayProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue Db db,
    @DefaultValue EmbeddedDb embeddedDb,
    @DefaultValue Bootstrap bootstrap,
    @DefaultValue Http http) {

  /** External PostgreSQL; the embedded one is used when {@code url} is blank. */
  public record Db(String url, String user, String password, @DefaultValue("10") int poolSize) {
    public boolean external() {
      return url != null && !url.isBlank();
    }
  }

  /** The embedded PostgreSQL; {@code osUser} is the account it runs as when the JVM is root. */
  public record EmbeddedDb(@DefaultValue("nobody") String osUser) {}

  /** First-start settings: the first API key (generated when blank) and organisation tier. */
  public record Bootstrap(String apiKey, @DefaultValue("enterprise") String tier) {}

  /**
   * {@code maxBodySize}: larger request bodies are refused with 413 PAYLOAD_TOO_LARGE; multipart
   * uploads (archives to scan) may be up to {@code maxUploadSize}.
   */
  public record Http(
      @DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("50MB") DataSize maxUploadSize) {}
}
