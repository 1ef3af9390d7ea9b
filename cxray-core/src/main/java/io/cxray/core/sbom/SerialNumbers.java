package io.cxray.core.sbom;

import io.cxray.core.model.DependencyEdge;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The serial-number rule: a name-based UUID (version 5, SHA-1, <a
 * href="https://www.rfc-editor.org/rfc/rfc9562#section-5.5">RFC 9562</a>) in CXRay's namespace,
 * over a canonical text of the subject (repository URL, branch, commit, name, version), the sorted
 * components (ref, purl, name, version, sorted hashes, licences) and the sorted dependency edges.
 *
 * <p>The timestamp and the tool are left out on purpose: the same project state gives the same
 * serial number whenever and with whichever CXRay version it is scanned, and any change to what the
 * SBOM says gives another.
 */
public final class SerialNumbers {
  /** CXRay's namespace for name-based UUIDs (a fixed random UUID). */
  static final UUID NAMESPACE = UUID.fromString("3c1e8d4a-7f25-4b61-9a0e-5d2f6b8c9e17");

  private SerialNumbers() {}

  /** {@code urn:uuid:<uuid>} for a document's subject, components and edges. */
  public static String forContent(
      SbomSubject subject, List<SbomComponent> components, List<DependencyEdge> edges) {
    return "urn:uuid:" + nameBased(canonicalText(subject, components, edges));
  }

  static String canonicalText(
      SbomSubject subject, List<SbomComponent> components, List<DependencyEdge> edges) {
    StringBuilder b = new StringBuilder("cxray-sbom/1\n");
    if (subject != null) {
      b.append("subject\t")
          .append(subject.repositoryUrl())
          .append('\t')
          .append(subject.branch())
          .append('\t')
          .append(subject.commit())
          .append('\t')
          .append(subject.name())
          .append('\t')
          .append(subject.version())
          .append('\n');
    }
    List<String> lines = new ArrayList<>();
    collect(components, lines);
    lines.sort(null);
    lines.forEach(l -> b.append(l).append('\n'));
    edges.stream()
        .map(e -> "edge\t" + e.from() + "\t" + e.to())
        .sorted()
        .forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  private static void collect(List<SbomComponent> level, List<String> lines) {
    for (SbomComponent c : level) {
      Map<String, String> hashes = new TreeMap<>(c.hashes());
      lines.add(
          String.join(
              "\t",
              "component",
              c.ref(),
              String.valueOf(c.purl()),
              c.name(),
              String.valueOf(c.version()),
              hashes.toString(),
              String.join(" ", c.licenses())));
      collect(c.components(), lines);
    }
  }

  static UUID nameBased(String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      ByteBuffer ns = ByteBuffer.allocate(16);
      ns.putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
      sha1.update(ns.array());
      byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
      return new UUID(bits.getLong(), bits.getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JDK", e);
    }
  }
}
