package io.cxray.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxray scan GIT-URL} in its own JVM, stopped by SIGTERM (what Ctrl-C's SIGINT does too)
 * while its clone waits on a git server that accepted the connection and never answers: the command
 * says it was interrupted, and the temporary clone is gone when the process has exited.
 */
class ScanInterruptTest {
  @TempDir Path temp;

  @Test
  void anInterruptedScanRemovesItsTemporaryClone() throws Exception {
    Path tmp = Files.createDirectories(temp.resolve("tmp"));
    Path stderr = temp.resolve("stderr.txt");
    try (ServerSocket silent = new ServerSocket(0)) {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      ProcessBuilder builder =
          new ProcessBuilder(
                  java.toString(),
                  "-Djava.io.tmpdir=" + tmp,
                  "-cp",
                  System.getProperty("java.class.path"),
                  CxrayCommand.class.getName(),
                  "scan",
                  "git://127.0.0.1:" + silent.getLocalPort() + "/project.git",
                  "--type",
                  "sbom")
              .redirectOutput(temp.resolve("stdout.txt").toFile())
              .redirectError(stderr.toFile());
      builder.environment().put("CXRAY_ALLOW_PRIVATE_TARGETS", "true");
      builder.environment().put("CXRAY_DATA_DIR", temp.resolve("data").toString());
      Process scan = builder.start();
      try {
        silent.setSoTimeout(120_000);
        try (Socket client = silent.accept()) {
          assertThat(clones(tmp)).as("the clone has started").hasSize(1);
          scan.destroy(); // SIGTERM
          assertThat(scan.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
      } finally {
        scan.destroyForcibly();
      }
    }
    String said = Files.readString(stderr, StandardCharsets.UTF_8);
    assertThat(said).contains("interrupted, stopping the scan");
    assertThat(clones(tmp)).as(said).isEmpty();
  }

  private static List<Path> clones(Path tmp) throws IOException {
    try (Stream<Path> entries = Files.list(tmp)) {
      return entries.filter(p -> p.getFileName().toString().startsWith("cxray-scan-")).toList();
    }
  }
}
