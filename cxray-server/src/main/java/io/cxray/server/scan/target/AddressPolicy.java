package io.cxray.server.scan.target;

import java.net.Inet4Address;
import java.net.Inet6Address;
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

  static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      // 100.64.0.0/10 (shared address space) and 0.0.0.0/8.
      return (first == 100 && second >= 64 && second < 128) || first == 0;
    }
    if (a instanceof Inet6Address) {
      // fc00::/7 unique-local; ::ffff:a.b.c.d mapped IPv4 is handled by InetAddress returning an
      // Inet4Address, but a NAT64 64:ff9b::/96 address embeds one too.
      if ((b[0] & 0xfe) == 0xfc) {
        return true;
      }
      if ((b[0] & 0xff) == 0x00
          && (b[1] & 0xff) == 0x64
          && (b[2] & 0xff) == 0xff
          && (b[3] & 0xff) == 0x9b) {
        try {
          return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
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
