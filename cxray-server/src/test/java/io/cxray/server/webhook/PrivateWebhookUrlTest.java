package io.cxray.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.server.auth.ApiKeyFormat;
import io.cxray.server.testsupport.ApiClient;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ServerContexts;
import io.cxray.server.testsupport.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Without CXRAY_ALLOW_PRIVATE_WEBHOOKS, webhook URLs on internal networks are refused. */
class PrivateWebhookUrlTest {

  @Test
  void internalAddressesAreRefused() throws Exception {
    String rootKey = ApiKeyFormat.generate();
    try (ConfigurableApplicationContext server =
        ServerContexts.start(
            TestDatabase.get().freshSchema("cx_wh_private"),
            rootKey,
            Map.of("cxray.allow-private-webhooks", "false"))) {
      ApiClient api = new ApiClient(ServerContexts.port(server));
      for (String url :
          List.of(
              "http://127.0.0.1:8080/hook",
              "http://localhost/hook",
              "https://10.1.2.3/hook",
              "http://192.168.0.10/hook",
              "http://169.254.169.254/latest/meta-data/",
              "http://[::1]/hook",
              "http://[fd00:ec2::254]/hook",
              "http://[::ffff:127.0.0.1]/hook",
              "http://0.0.0.0/hook")) {
        Response r =
            api.post(
                    "/v1/webhooks",
                    rootKey,
                    WebhookDeliveryTest.body(url, List.of("scan.failed"), null))
                .expectError(400, "INVALID_REQUEST");
        assertThat(r.json().path("error").path("details").path("field").asText())
            .as(url)
            .isEqualTo("url");
        assertThat(r.json().path("error").path("message").asText()).as(url).contains("non-public");
      }
      // A public address literal passes the check (nothing is sent until an event).
      api.post(
              "/v1/webhooks",
              rootKey,
              WebhookDeliveryTest.body("https://93.184.215.14/hook", List.of("scan.failed"), null))
          .expect(201);
    }
  }
}
