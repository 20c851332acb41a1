package io.github.webex4j.guestissuer;

import io.github.webex4j.internal.util.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs Webex guest-issuer JWTs with HS256 using only the JDK ({@code javax.crypto.Mac}). A guest
 * JWT names the guest ({@code sub}, {@code name}), the issuer ({@code iss}) and an expiry ({@code
 * exp}, seconds since the epoch); exchange it with {@link GuestIssuer#login(String)} for an access
 * token. Immutable and thread-safe; performs no I/O. {@link #toString()} never shows the secret.
 *
 * <pre>{@code
 * GuestJwt issuer = GuestJwt.issuer(issuerId, base64Secret);
 * String jwt = issuer.sign("user-42", "Ana (guest)", Instant.now().plus(Duration.ofHours(1)));
 * }</pre>
 */
public final class GuestJwt {
  private static final String ALGORITHM = "HmacSHA256";
  private static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final String issuerId;
  private final byte[] key;

  private GuestJwt(String issuerId, byte[] key) {
    this.issuerId = issuerId;
    this.key = key;
  }

  /**
   * Creates the signer of one guest issuer, decoding its secret once.
   *
   * @param issuerId the guest issuer (application) id from developer.webex.com, non-blank
   * @param base64Secret the issuer's shared secret exactly as Webex shows it (base64; the URL-safe
   *     alphabet is accepted too)
   * @throws IllegalArgumentException if the id is blank or the secret is empty or not base64 (the
   *     message never contains the secret)
   */
  public static GuestJwt issuer(String issuerId, String base64Secret) {
    if (issuerId == null || issuerId.isBlank()) {
      throw new IllegalArgumentException("issuerId must not be blank");
    }
    if (base64Secret == null || base64Secret.isBlank()) {
      throw new IllegalArgumentException("secret must not be blank");
    }
    String secret = base64Secret.strip();
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret);
    } catch (IllegalArgumentException standard) {
      try {
        key = Base64.getUrlDecoder().decode(secret);
      } catch (IllegalArgumentException urlSafe) {
        throw new IllegalArgumentException("secret is not valid base64");
      }
    }
    if (key.length == 0) {
      throw new IllegalArgumentException("secret must not decode to zero bytes");
    }
    return new GuestJwt(issuerId, key);
  }

  /** The issuer id ({@code iss}). */
  public String issuerId() {
    return issuerId;
  }

  /**
   * Creates a signed guest JWT {@code base64url(header).base64url(claims).base64url(HMAC-SHA256)}.
   *
   * @param subject unique, stable id of the guest user in your system ({@code sub}), non-blank
   * @param displayName name shown to others ({@code name}), non-blank
   * @param expiresAt expiry ({@code exp}, truncated to whole seconds), non-null
   * @return the compact JWT, a secret credential: do not log it
   * @throws IllegalArgumentException if an argument is missing or blank
   */
  public String sign(String subject, String displayName, Instant expiresAt) {
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("sub must not be blank");
    }
    if (displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (expiresAt == null) {
      throw new IllegalArgumentException("exp must not be null");
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", subject);
    claims.put("name", displayName);
    claims.put("iss", issuerId);
    claims.put("exp", expiresAt.getEpochSecond());
    String signingInput =
        BASE64URL.encodeToString(HEADER.getBytes(StandardCharsets.UTF_8))
            + "."
            + BASE64URL.encodeToString(Json.write(claims));
    return signingInput + "." + BASE64URL.encodeToString(hmac(signingInput));
  }

  private byte[] hmac(String signingInput) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "GuestJwt[issuerId=" + issuerId + ", secret=***]";
  }
}
