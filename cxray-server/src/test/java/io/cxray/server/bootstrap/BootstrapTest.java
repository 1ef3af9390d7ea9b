package io.cxray.server.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxray.server.CxrayServer;
import io.cxray.server.auth.ApiKeyFormat;
import io.cxray.server.testsupport.ApiClient;
import io.cxray.server.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * First start without CXRAY_BOOTSTRAP_API_KEY, by two server instances at once on one empty
 * database: exactly one bootstraps, the generated key is printed once, and both instances serve the
 * same data. (Bootstrap with a given key is what every {@code ApiTestBase} test runs on.)
 */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapTest {

  private static final Pattern KEY_LINE = Pattern.compile("API key:\\s+(cxr_[0-9A-Za-z]+)");
  private static final Pattern PASSWORD_LINE = Pattern.compile("Password:\\s+(\\S+)");

  @Test
  void twoInstancesOnOneEmptyDatabaseBootstrapOnceAndShareData(CapturedOutput output)
      throws Exception {
    String[] args = args(TestDatabase.get().freshSchema("cx_two"), "--cxray.bootstrap.tier=free");
    ExecutorService starters = Executors.newFixedThreadPool(2);
    Future<ConfigurableApplicationContext> first = starters.submit(() -> CxrayServer.start(args));
    Future<ConfigurableApplicationContext> second = starters.submit(() -> CxrayServer.start(args));
    try (ConfigurableApplicationContext a = first.get();
        ConfigurableApplicationContext b = second.get()) {
      starters.shutdown();
      // Two contexts in one JVM may each attach a console appender, so a line can show twice;
      // what matters is that one key was generated and printed (the rows below prove one
      // bootstrap).
      List<String> keys = all(KEY_LINE, output.getAll()).stream().distinct().toList();
      assertThat(keys).hasSize(1);
      String key = keys.get(0);
      assertThat(ApiKeyFormat.isWellFormed(key)).isTrue();

      JdbcClient jdbc = a.getBean(JdbcClient.class);
      assertThat(count(jdbc, "organizations")).isEqualTo(1);
      assertThat(count(jdbc, "users")).isEqualTo(1);
      assertThat(count(jdbc, "api_keys")).isEqualTo(1);
      String hash = jdbc.sql("SELECT password_hash FROM users").query(String.class).single();
      List<String> passwords = all(PASSWORD_LINE, output.getAll()).stream().distinct().toList();
      assertThat(passwords).hasSize(1);
      assertThat(new BCryptPasswordEncoder().matches(passwords.get(0), hash)).isTrue();

      ApiClient viaA = new ApiClient(port(a));
      ApiClient viaB = new ApiClient(port(b));
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

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
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
