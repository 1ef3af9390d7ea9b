package io.cxray.server.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent check of the Standard Webhooks signature (written from the specification, not from
 * the server's signer): the HMAC-SHA256 of {@code id.timestamp.body} with the secret's key,
 * compared in constant time with each {@code v1,} entry of the space-separated header.
 */
public final class StandardWebhooksVerifier {

  private StandardWebhooksVerifier() {}

  public static boolean verify(
      String secret, String id, String timestamp, String body, String header) throws Exception {
    byte[] key =
        secret.startsWith("whsec_")
            ? Base64.getDecoder().decode(secret.substring("whsec_".length()))
            : secret.getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] expected =
        mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    for (String entry : header.split(" ")) {
      if (entry.startsWith("v1,")
          && MessageDigest.isEqual(expected, Base64.getDecoder().decode(entry.substring(3)))) {
        return true;
      }
    }
    return false;
  }
}
