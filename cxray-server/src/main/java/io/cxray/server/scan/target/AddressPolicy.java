package io.cxray.server.scan.target;

import io.cxray.server.net.PrivateNetworkGuard;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses a scan may connect to. Refused unless private targets are allowed: loopback, RFC
 * 1918 private, link-local (169.254/16 holds the cloud metadata service, fe80::/10), IPv6
 * unique-local (fc00::/7), the unspecified address, carrier-grade NAT (100.64/10), and IPv4-mapped
 * forms of those.
 */
public final class AddressPolicy {

  private final boolean allowPrivate;

  public AddressPolicy(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  public boolean allowPrivate() {
    return allowPrivate;
  }

  /**
   * Resolves {@code host} and checks every address it has (an attacker's DNS may answer several).
   *
   * @throws UnknownHostException when the name does not resolve
   * @throws TargetRefusedException when an address is not allowed
   */
  public void check(String host) throws UnknownHostException, TargetRefusedException {
    for (InetAddress address : InetAddress.getAllByName(host)) {
      if (!allowPrivate && isInternal(address)) {
        throw new TargetRefusedException(host, address);
      }
    }
  }

  /** One rule for every URL the server fetches: {@link PrivateNetworkGuard#isPrivate}. */
  static boolean isInternal(InetAddress a) {
    return PrivateNetworkGuard.isPrivate(a);
  }

  /** The host resolved to an address that is not allowed. */
  public static final class TargetRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    TargetRefusedException(String host, InetAddress address) {
      super(
          host
              + " resolves to "
              + address.getHostAddress()
              + ", a loopback, private, link-local or metadata address; such targets are not"
              + " allowed",
          null,
          false,
          false);
    }
  }
}
