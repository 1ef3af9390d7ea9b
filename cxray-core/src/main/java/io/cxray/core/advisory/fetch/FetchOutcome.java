package io.cxray.core.advisory.fetch;

import io.cxray.core.advisory.SourceState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What fetching a resource gave. */
public sealed interface FetchOutcome extends AutoCloseable {

  /** The resource is the same as at the last import; {@code state} is refreshed. */
  record Unchanged(SourceState state) implements FetchOutcome {}

  /** There is no such resource (HTTP 404, no file). */
  record Missing(String location) implements FetchOutcome {}

  /** The resource's content, in a local file; a temporary file is deleted on {@link #close()}. */
  record Fetched(Path file, boolean temporary, SourceState state) implements FetchOutcome {}

  @Override
  default void close() throws IOException {
    if (this instanceof Fetched f && f.temporary()) {
      Files.deleteIfExists(f.file());
    }
  }
}
