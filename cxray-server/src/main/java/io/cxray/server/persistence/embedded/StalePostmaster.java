package io.cxray.server.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a killed CXRay process leaves behind in its cluster directory. Callers hold the
 * directory's lock file, so no live CXRay process owns the cluster.
 *
 * <ul>
 *   <li>The JVM died but its postmaster lives on (pg_ctl daemonises it): stop it with {@code pg_ctl
 *       stop -m fast}, a clean shutdown.
 *   <li>Only {@code postmaster.pid} is left: PostgreSQL itself ignores a lock file whose PID is
 *       dead, but refuses to start when that PID now belongs to another process, so the file is
 *       removed. See <a
 *       href="https://www.postgresql.org/docs/current/server-start.html">server-start</a>.
 * </ul>
 */
final class StalePostmaster {

  private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

  private StalePostmaster() {}

  static void clear(Path cluster, Consumer<List<String>> pgCtl) {
    Optional<Long> pid = pidOf(cluster);
    if (pid.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> process =
        pid.filter(p -> p > 0).flatMap(ProcessHandle::of).filter(StalePostmaster::isPostgres);
    if (process.isPresent()) {
      log.warn(
          "Stopping a postmaster (pid {}) left running by a previous CXRay process", pid.get());
      try {
        pgCtl.accept(List.of("stop", "-m", "fast", "-w", "-t", "60"));
      } catch (RuntimeException e) {
        log.warn("pg_ctl stop failed, terminating pid {}", pid.get(), e);
        process.get().destroy();
        process.get().onExit().orTimeout(30, TimeUnit.SECONDS).join();
      }
    } else {
      log.warn("Removing a stale postmaster.pid (pid {} is not a running postmaster)", pid.get());
    }
    try {
      Files.deleteIfExists(cluster.resolve("postmaster.pid"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<Long> pidOf(Path cluster) {
    Path file = cluster.resolve("postmaster.pid");
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
      return lines.isEmpty() ? Optional.of(-1L) : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (NumberFormatException e) {
      return Optional.of(-1L);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.isAlive()
        && process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
  }
}
