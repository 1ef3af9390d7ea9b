package io.cxray.server.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.server.CxrayServer;
import io.cxray.server.config.DatabaseEndpoint;
import io.cxray.server.testsupport.ApiClient;
import io.cxray.server.testsupport.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without CXRAY_DB_URL the server runs its own PostgreSQL under CXRAY_DATA_DIR, and stops it. */
@Tag("embedded")
class EmbeddedDefaultTest {

  @Test
  void serverStartsItsOwnDatabaseKeepsItAcrossRestartsAndStopsIt() {
    Path dataDir = TestDatabase.tempDirectory("cxray-data-");
    Path pid = dataDir.resolve("postgres/postmaster.pid");
    try {
      try (ConfigurableApplicationContext first = start(dataDir)) {
        assertThat(first.getBean(DatabaseEndpoint.class).isEmbedded()).isTrue();
        assertThat(pid).exists();
        new ApiClient(port(first)).get("/ready", null).expect(200);
      }
      assertThat(pid).doesNotExist();
      try (ConfigurableApplicationContext second = start(dataDir)) {
        JdbcClient jdbc = second.getBean(JdbcClient.class);
        // The second start found the first one's organisation: no second bootstrap.
        assertThat(jdbc.sql("SELECT count(*) FROM organizations").query(Long.class).single())
            .isEqualTo(1);
      }
      assertThat(pid).doesNotExist();
    } finally {
      TestDatabase.deleteQuietly(dataDir);
    }
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return CxrayServer.start(
        "--server.port=0",
        "--cxray.data-dir=" + dataDir,
        "--cxray.db.url=",
        // No advisory sync: with the public feeds unreachable, /ready would wait for it.
        "--cxray.sync.interval=off",
        "--spring.jmx.enabled=false");
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }
}
