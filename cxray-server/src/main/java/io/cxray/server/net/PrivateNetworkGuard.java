package io.cxray.server.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses URLs whose host resolves to an address an attacker should not reach through the server:
 * loopback, private (RFC 1918), carrier-grade NAT, link-local (which holds the cloud metadata
 * address 169.254.169.254), IPv6 unique-local (fc00::/7, holding fd00:ec2::254), unspecified,
 * multicast and reserved ranges. Every address the host resolves to must pass. Call it again right
 * before connecting, so a DNS answer that changed since the URL was accepted (rebinding) is caught.
 */
public final class PrivateNetworkGuard {

  private final Set<String> schemes;
  private final boolean allowPrivate;
  private final Resolver resolver;

  /** Resolves host names; tests give a fixed table. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  public PrivateNetworkGuard(Set<String> schemes, boolean allowPrivate) {
    this(schemes, allowPrivate, InetAddress::getAllByName);
  }

  public PrivateNetworkGuard(Set<String> schemes, boolean allowPrivate, Resolver resolver) {
    this.schemes = schemes;
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  /** Why {@code url} is refused, or empty when it may be used. */
  public Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      return Optional.of("Not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!schemes.contains(scheme)) {
      return Optional.of("URL scheme must be one of " + schemes.stream().sorted().toList());
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.of("URL has no host");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    List<InetAddress> addresses;
    try {
      addresses = List.of(resolver.resolve(stripBrackets(host)));
    } catch (UnknownHostException e) {
      return Optional.of("Host cannot be resolved: " + host);
    }
    for (InetAddress address : addresses) {
      if (isPrivate(address)) {
        return Optional.of(
            "Host "
                + host
                + " resolves to a non-public address ("
                + address.getHostAddress()
                + ")");
      }
    }
    return Optional.empty();
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** True for every address that is not plainly on the public internet. */
  public static boolean isPrivate(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 // "this network"
          || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          || (first == 198 && (second == 18 || second == 19)) // benchmarking
          || first >= 240; // reserved and broadcast
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local
        return true;
      }
      if (isIpv4Embedded(b) || isNat64(b)) {
        return isPrivate(ipv4(b));
      }
    }
    return false;
  }

  /** ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) carry an IPv4 address to check. */
  private static boolean isIpv4Embedded(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff);
  }

  /** 64:ff9b::/96, the NAT64 well-known prefix, also carries an IPv4 address (RFC 6052). */
  private static boolean isNat64(byte[] b) {
    if ((b[0] & 0xff) != 0x00
        || (b[1] & 0xff) != 0x64
        || (b[2] & 0xff) != 0xff
        || (b[3] & 0xff) != 0x9b) {
      return false;
    }
    for (int i = 4; i < 12; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static InetAddress ipv4(byte[] b) {
    try {
      return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
