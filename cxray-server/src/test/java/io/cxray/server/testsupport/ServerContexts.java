package io.cxray.server.testsupport;

import io.cxray.server.CxrayServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Starts extra server contexts (with ApiTestBase's test settings) on a given schema. */
public final class ServerContexts {

  private ServerContexts() {}

  public static ConfigurableApplicationContext start(
      String schemaUrl, String bootstrapKey, Map<String, String> overrides) {
    Map<String, String> settings = new java.util.LinkedHashMap<>(ApiTestBase.webhookSettings());
    settings.putAll(overrides);
    List<String> args = new ArrayList<>(List.of("--server.port=0"));
    args.add("--cxray.db.url=" + schemaUrl);
    args.add("--cxray.db.user=" + TestDatabase.get().user());
    args.add("--cxray.db.password=" + TestDatabase.get().password());
    args.add("--cxray.db.pool-size=4");
    args.add("--cxray.bootstrap.api-key=" + bootstrapKey);
    settings.forEach((k, v) -> args.add("--" + k + "=" + v));
    return CxrayServer.start(args.toArray(String[]::new));
  }

  public static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getBean(Environment.class).getProperty("local.server.port"));
  }
}
