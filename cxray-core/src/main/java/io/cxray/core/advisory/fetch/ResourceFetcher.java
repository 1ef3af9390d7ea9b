package io.cxray.core.advisory.fetch;

import io.cxray.core.advisory.SourceState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches a source resource from http(s), a {@code file:} URL or a path, and tells whether it
 * changed since the last import.
 *
 * <p>HTTP sends the stored {@code ETag}/{@code Last-Modified} as a conditional request, and also
 * compares the answer's validators and digest itself (some servers ignore conditional headers).
 * Files compare size and modification time first, then the SHA-256 digest, so a touched but
 * unchanged file is still skipped.
 */
public final class ResourceFetcher {
  private final FetchLimits limits;
  private HttpClient http;

  public ResourceFetcher(FetchLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Created on first use: an import from files needs no client (nor its selector thread). */
  private synchronized HttpClient http() {
    if (http == null) {
      http =
          HttpClient.newBuilder()
              .connectTimeout(limits.connectTimeout())
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
    }
    return http;
  }

  public FetchLimits limits() {
    return limits;
  }

  /**
   * Fetches {@code location} for the resource {@code key}; {@code previous} is the state of the
   * last import (or null).
   *
   * @throws IOException on network errors, limits exceeded or unreadable files
   */
  public FetchOutcome fetch(String key, String location, SourceState previous) throws IOException {
    ResourceLocation where = ResourceLocation.parse(location);
    return where.isHttp()
        ? fetchHttp(key, location, where, previous)
        : fetchFile(key, location, where.path(), previous);
  }

  private FetchOutcome fetchFile(String key, String location, Path file, SourceState previous)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      return new FetchOutcome.Missing(location);
    }
    long size = Files.size(file);
    long mtime = Files.getLastModifiedTime(file).toMillis();
    if (previous != null
        && Objects.equals(previous.size(), size)
        && Objects.equals(previous.mtimeMillis(), mtime)) {
      return new FetchOutcome.Unchanged(previous);
    }
    String sha = sha256(file);
    SourceState state = new SourceState(key, location, null, null, size, mtime, sha, null, null);
    if (previous != null && sha.equals(previous.sha256())) {
      return new FetchOutcome.Unchanged(
          state.withImport(previous.importedAt(), previous.newestData()));
    }
    return new FetchOutcome.Fetched(file, false, state);
  }

  private FetchOutcome fetchHttp(
      String key, String location, ResourceLocation where, SourceState previous)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(where.httpUri()).timeout(limits.downloadTimeout()).GET();
    if (previous != null && previous.etag() != null) {
      request.header("If-None-Match", previous.etag());
    }
    if (previous != null && previous.lastModified() != null) {
      request.header("If-Modified-Since", previous.lastModified());
    }
    HttpResponse<InputStream> response;
    try {
      response = http().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + location, e);
    }
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (status == 304 && previous != null) {
        return new FetchOutcome.Unchanged(previous);
      }
      if (status == 404 || status == 410) {
        return new FetchOutcome.Missing(location);
      }
      if (status != 200) {
        throw new IOException("HTTP " + status + " from " + location);
      }
      String etag = response.headers().firstValue("ETag").orElse(null);
      String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
      if (previous != null && etag != null && etag.equals(previous.etag())) {
        return new FetchOutcome.Unchanged(previous);
      }
      Path temp = Files.createTempFile("cxray-fetch-", ".tmp");
      try {
        String sha = download(body, temp, location);
        SourceState state =
            new SourceState(
                key, location, etag, lastModified, Files.size(temp), null, sha, null, null);
        if (previous != null && sha.equals(previous.sha256())) {
          Files.deleteIfExists(temp);
          return new FetchOutcome.Unchanged(
              state.withImport(previous.importedAt(), previous.newestData()));
        }
        return new FetchOutcome.Fetched(temp, true, state);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
    }
  }

  /**
   * Copies the body to {@code target} under the size limit; a watchdog closes the stream when the
   * download deadline passes, so a stalled server cannot hold the import forever.
   */
  private String download(InputStream body, Path target, String location) throws IOException {
    AtomicBoolean timedOut = new AtomicBoolean();
    CompletableFuture.delayedExecutor(limits.downloadTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .execute(
            () -> {
              timedOut.set(true);
              closeQuietly(body);
            });
    MessageDigest digest = newSha256();
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(target)) {
      int n;
      while ((n = body.read(buffer)) > 0) {
        total += n;
        if (total > limits.maxDownloadBytes()) {
          throw new IOException(
              location + " is larger than the limit of " + limits.maxDownloadBytes() + " bytes");
        }
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      if (timedOut.get()) {
        throw new IOException(
            location + " took longer than " + limits.downloadTimeout() + " to download", e);
      }
      throw e;
    }
    if (timedOut.get()) {
      throw new IOException(location + " took longer than " + limits.downloadTimeout());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // The download is being abandoned; the reader sees the closed stream.
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = newSha256();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
