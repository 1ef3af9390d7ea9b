package io.cxray.core.misconfig.dockerfile;

/**
 * An image reference split into name, tag and digest, as the <a
 * href="https://github.com/distribution/reference/blob/main/reference.go">distribution reference
 * grammar</a> has it: a colon is a tag separator only after the last slash (before it, it is a
 * registry port).
 */
public record ImageRef(String name, String tag, String digest) {
  public static ImageRef parse(String ref) {
    String rest = ref;
    String digest = "";
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String tag = "";
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    return new ImageRef(rest, tag, digest);
  }
}
