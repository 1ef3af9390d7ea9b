package io.cxray.cli;

import io.cxray.server.CxrayServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code cxray serve}: runs the REST server. Configuration comes from the environment (API.md's
 * table: {@code SERVER_PORT}, {@code CXRAY_DATA_DIR}, {@code CXRAY_DB_URL} ...); any further
 * arguments are passed to the server as Spring arguments (e.g. {@code --server.port=9090}).
 */
@Command(
    name = "serve",
    description = "Run the CXRay server (embedded PostgreSQL unless CXRAY_DB_URL is set).")
final class ServeCommand implements Callable<Integer> {
  private static volatile boolean serving;

  @Unmatched String[] serverArgs = new String[0];

  static boolean isServing() {
    return serving;
  }

  @Override
  public Integer call() {
    serving = true;
    CxrayServer.start(serverArgs);
    return 0;
  }
}
