package io.cxray.server.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cxray.server.api.error.ApiException;
import io.cxray.server.api.error.ErrorCode;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** /ready when the database cannot be reached (the reachable case runs in OpenApiContractTest). */
class ReadinessTest {

  @Test
  void unreachableDatabaseMakesReadyFailWithTheChecks() throws IOException {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setServerNames(new String[] {"127.0.0.1"});
    nowhere.setPortNumbers(new int[] {closedPort()});
    nowhere.setConnectTimeout(2);
    HealthController controller =
        new HealthController(
            // No database, so the advisory check is never reached.
            new ReadinessChecks(JdbcClient.create(nowhere), null));

    ApiException e = catchThrowableOfType(ApiException.class, controller::ready);

    assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
    @SuppressWarnings("unchecked")
    Map<String, CheckView> checks = (Map<String, CheckView>) e.details().get("checks");
    assertThat(checks.get("database").status()).isEqualTo("error");
    assertThat(controller.health().data().status()).isEqualTo("ok");
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
