package io.github.webex4j.webhooks;

import io.github.webex4j.internal.util.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Verifies webhook deliveries: Webex signs the raw request body with HMAC-SHA1 keyed with the
 * webhook's secret and sends the lower-case hex digest in {@code X-Spark-Signature}. Verification
 * fails closed: a missing or malformed header is a failure. Pass the body bytes exactly as received
 * (never re-serialised JSON). Immutable and thread-safe; no I/O.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.of(System.getenv("WEBHOOK_SECRET"));
 * WebhookNotification n = verifier.verifyAndParse(body, request.getHeader(WebhookVerifier.HEADER));
 * }</pre>
 */
public final class WebhookVerifier {
  /** The signature header name (header names are case-insensitive). */
  public static final String HEADER = "X-Spark-Signature";

  private static final String ALGORITHM = "HmacSHA1";

  private final SecretKeySpec key;

  private WebhookVerifier(byte[] secret) {
    this.key = new SecretKeySpec(secret, ALGORITHM);
  }

  /**
   * Creates a verifier for deliveries of webhooks that carry this secret.
   *
   * @param secret the webhook's secret as configured with Webex (UTF-8), non-empty
   * @throws IllegalArgumentException if the secret is null or empty
   */
  public static WebhookVerifier of(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("secret must not be empty");
    }
    return new WebhookVerifier(secret.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether {@code signature} is the HMAC-SHA1 of {@code body}. Compares in constant time.
   *
   * @param body the raw request body, non-null
   * @param signature the {@code X-Spark-Signature} header value, may be null (gives false)
   */
  public boolean isValid(byte[] body, @Nullable String signature) {
    if (body == null || signature == null) {
      return false;
    }
    byte[] expected = sign(body);
    byte[] given = decodeHex(signature.trim());
    // MessageDigest.isEqual is constant-time for inputs of equal length (JDK 6u17+).
    return given != null && MessageDigest.isEqual(expected, given);
  }

  /**
   * Verifies and parses a delivery.
   *
   * @param body the raw request body
   * @param signature the {@code X-Spark-Signature} header value, may be null
   * @return the parsed envelope
   * @throws WebhookVerificationException if the header is missing, the signature does not match, or
   *     the body is not a JSON webhook envelope
   */
  public WebhookNotification verifyAndParse(byte[] body, @Nullable String signature) {
    if (signature == null || signature.isBlank()) {
      throw new WebhookVerificationException("Missing " + HEADER + " header");
    }
    if (!isValid(body, signature)) {
      throw new WebhookVerificationException("Invalid " + HEADER + " signature");
    }
    try {
      WebhookNotification notification =
          Json.read(new String(body, StandardCharsets.UTF_8), WebhookNotification.class);
      if (notification == null) {
        throw new WebhookVerificationException("Empty webhook body");
      }
      return notification;
    } catch (IOException | RuntimeException e) {
      if (e instanceof WebhookVerificationException) {
        throw (WebhookVerificationException) e;
      }
      throw new WebhookVerificationException("Webhook body is not a webhook envelope", e);
    }
  }

  /** The lower-case hex HMAC-SHA1 of {@code body}, as Webex computes it. */
  public String sign(String body) {
    return toHex(sign(body.getBytes(StandardCharsets.UTF_8)));
  }

  private byte[] sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA1 is unavailable in this JVM", e);
    }
  }

  private static byte[] decodeHex(String hex) {
    if (hex.length() % 2 != 0) {
      return null;
    }
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(hex.charAt(2 * i), 16);
      int lo = Character.digit(hex.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        return null;
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }

  private static String toHex(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return sb.toString();
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "WebhookVerifier[HmacSHA1]";
  }
}
