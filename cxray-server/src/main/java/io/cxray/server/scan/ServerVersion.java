package io.cxray.server.scan;

/** The server's version from its jar manifest; "dev" when run from classes. */
public final class ServerVersion {
  private ServerVersion() {}

  public static String current() {
    String v = ServerVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
