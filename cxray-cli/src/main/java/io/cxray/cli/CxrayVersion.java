package io.cxray.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code cxray --version}: the jar's Implementation-Version. */
public final class CxrayVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = CxrayVersion.class.getPackage().getImplementationVersion();
    return new String[] {"cxray " + (v == null ? "development build" : v)};
  }
}
