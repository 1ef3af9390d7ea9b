package io.cxray.server.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxray.server.CxrayServer;
import io.cxray.server.auth.ApiKeyFormat;
import io.cxray.server.testsupport.ApiClient;
import io.cxray.server.testsupport.ServerProcess;
import io.cxray.server.testsupport.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * First start without CXRAY_BOOTSTRAP_API_KEY, by two server instances at once on one empty
 * database, each in its own JVM as an operator would run them: exactly one bootstraps, the
 * generated key is printed once (by one of them), and both instances serve the same data.
 * (Bootstrap with a given key is what every {@code ApiTestBase} test runs on.)
 */
class BootstrapTest {

  private static final Pattern KEY_LINE = Pattern.compile("API key:\\s+(cxr_[0-9A-Za-z]+)");
  private static final Pattern PASSWORD_LINE = Pattern.compile("Password:\\s+(\\S+)");
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @Test
  void twoInstancesOnOneEmptyDatabaseBootstrapOnceAndShareData() throws Exception {
    String schema = TestDatabase.get().freshSchema("cx_two");
    Map<String, String> settings =
        Map.of("cxray.bootstrap.tier", "free", "spring.jmx.enabled", "false");
    Map<String, String> environment =
        Map.of(
            "CXRAY_DB_URL",
            schema,
            "CXRAY_DB_USER",
            TestDatabase.get().user(),
            "CXRAY_DB_PASSWORD",
            TestDatabase.get().password(),
            "CXRAY_DB_POOL_SIZE",
            "3");
    try (ServerProcess a = ServerProcess.launch(settings, environment);
        ServerProcess b = ServerProcess.launch(settings, environment)) {
      a.awaitHealthy(PATIENCE);
      b.awaitHealthy(PATIENCE);
      List<String> keysA = all(KEY_LINE, a.output());
      List<String> keysB = all(KEY_LINE, b.output());
      assertThat(keysA.size() + keysB.size())
          .as("exactly one instance prints one key")
          .isEqualTo(1);
      String key = keysA.isEmpty() ? keysB.get(0) : keysA.get(0);
      assertThat(ApiKeyFormat.isWellFormed(key)).isTrue();
      String bootstrapOutput = keysA.isEmpty() ? b.output() : a.output();
      List<String> passwords = all(PASSWORD_LINE, bootstrapOutput);
      assertThat(passwords).hasSize(1);

      JdbcClient jdbc = TestDatabase.get().jdbc(schema);
      assertThat(count(jdbc, "organizations")).isEqualTo(1);
      assertThat(count(jdbc, "users")).isEqualTo(1);
      assertThat(count(jdbc, "api_keys")).isEqualTo(1);
      String hash = jdbc.sql("SELECT password_hash FROM users").query(String.class).single();
      assertThat(new BCryptPasswordEncoder().matches(passwords.get(0), hash)).isTrue();

      ApiClient viaA = new ApiClient(a.port());
      ApiClient viaB = new ApiClient(b.port());
      String id =
          viaA.post("/v1/projects", key, "{\"name\": \"shared\"}")
              .expect(201)
              .data()
              .path("id")
              .asText();
      assertThat(
              viaB.get("/v1/projects/{projectId}", key, id)
                  .expect(200)
                  .data()
                  .path("name")
                  .asText())
          .isEqualTo("shared");
      var orgs = viaB.get("/v1/organizations", key).expect(200).data();
      assertThat(orgs.size()).isEqualTo(1);
      assertThat(orgs.get(0).path("tier").asText()).isEqualTo("free");
      assertThat(orgs.get(0).path("root").asBoolean()).isTrue();
      viaB.delete("/v1/projects/{projectId}", key, id).expect(200);
      viaA.get("/v1/projects/{projectId}", key, id).expectError(404, "NOT_FOUND");
    }
  }

  @Test
  void malformedBootstrapKeyStopsTheStartWithoutEchoingIt() {
    String bad = ApiKeyFormat.generate().substring(0, 20) + "wrongwrongwrongwrongwr";
    String[] args =
        args(TestDatabase.get().freshSchema("cx_badkey"), "--cxray.bootstrap.api-key=" + bad);
    assertThatThrownBy(() -> CxrayServer.start(args).close())
        .hasStackTraceContaining("CXRAY_BOOTSTRAP_API_KEY is not a CXRay API key")
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(bad));
  }

  private static String[] args(String url, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--cxray.db.url=" + url,
                "--cxray.db.user=" + TestDatabase.get().user(),
                "--cxray.db.password=" + TestDatabase.get().password(),
                "--cxray.db.pool-size=3",
                "--spring.jmx.enabled=false"));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  private static long count(JdbcClient jdbc, String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String stackTrace(Throwable e) {
    var out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
