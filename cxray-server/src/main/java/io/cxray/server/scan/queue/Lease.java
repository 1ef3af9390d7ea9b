package io.cxray.server.scan.queue;

/** A job this instance holds; {@link #lost()} once it was cancelled, deleted or taken over. */
final class Lease {
  final String scanId;
  final String owner;
  private volatile boolean lost;

  Lease(String scanId, String owner) {
    this.scanId = scanId;
    this.owner = owner;
  }

  boolean lost() {
    return lost;
  }

  void lose() {
    lost = true;
  }
}
