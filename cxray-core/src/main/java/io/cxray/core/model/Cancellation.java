package io.cxray.core.model;

import java.util.concurrent.CancellationException;

/**
 * A request to stop long work early. Long loops (per file, per package) poll it between units of
 * work and stop with a {@link CancellationException}, never with a partial result. It lives in the
 * model so that every layer may take one without depending on the layers above it; the scan
 * pipeline turns the exception into its own checked outcome.
 *
 * <p>Implementations must be cheap (they are polled once per file and per package) and must not
 * throw.
 */
@FunctionalInterface
public interface Cancellation {

  boolean isCancelled();

  /** Throws {@link CancellationException} when cancellation was requested. */
  default void throwIfCancelled() {
    if (isCancelled()) {
      throw new CancellationException("cancelled");
    }
  }

  /** Never cancelled. */
  static Cancellation never() {
    return () -> false;
  }
}
