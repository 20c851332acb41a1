package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Guest issuers and the {@code /jwt/login} exchange: a guest JWT signed with HS256 by a configured
 * issuer's base64 secret becomes an access token for a guest person (created on first login, reused
 * by {@code sub}). Issuer configuration survives {@link World#reset()} like the admin token.
 */
public final class GuestIssuerStore implements Store {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A refused guest JWT; the HTTP layer answers 401 with the message. */
  public static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rejected(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * A successful login.
   *
   * @param guest the guest person
   * @param token the new access token (a secret: never log it)
   * @param expiresIn seconds until the JWT's {@code exp}
   */
  public record Login(Person guest, String token, long expiresIn) {
    @Override
    public String toString() {
      return "Login[guest=" + guest.id + ", token=***, expiresIn=" + expiresIn + "]";
    }
  }

  private final World world;
  private final Map<String, byte[]> secrets = new LinkedHashMap<>();

  GuestIssuerStore(World world) {
    this.world = world;
  }

  /** Keeps the issuer configuration: it is emulator setup, not data. */
  @Override
  public void clear() {}

  /**
   * Adds or replaces a guest issuer.
   *
   * @throws RuleViolation 400 when {@code issuerId} is blank or {@code base64Secret} is not base64
   */
  public void configure(String issuerId, String base64Secret) {
    if (issuerId == null || issuerId.isBlank()) {
      throw RuleViolation.badRequest("The 'issuerId' field is required.");
    }
    try {
      byte[] secret = Base64.getDecoder().decode(base64Secret == null ? "" : base64Secret);
      if (secret.length == 0) {
        throw RuleViolation.badRequest("The 'secret' field is required.");
      }
      secrets.put(issuerId, secret);
    } catch (IllegalArgumentException e) {
      throw RuleViolation.badRequest("Invalid value for 'secret': expected base64.");
    }
  }

  /**
   * Exchanges a guest JWT for an access token. Requires header {@code alg: HS256}, claims {@code
   * sub}, {@code name}, {@code iss} (a configured issuer) and {@code exp} (epoch seconds, a number
   * or a numeric string, in the future), and a valid signature.
   *
   * @throws Rejected for any invalid, unsigned, expired or unknown-issuer token
   */
  public Login login(String jwt) {
    if (jwt == null) {
      throw new Rejected("A guest JWT is required in the Authorization header.");
    }
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      throw new Rejected("The guest token is not a JWT.");
    }
    JsonNode header = decode(parts[0]);
    JsonNode claims = decode(parts[1]);
    if (!"HS256".equals(header.path("alg").asText())) {
      throw new Rejected("The guest token must be signed with HS256.");
    }
    byte[] secret = secrets.get(claims.path("iss").asText(""));
    if (secret == null) {
      throw new Rejected("The guest token's issuer is not recognized.");
    }
    byte[] expected = sign(secret, parts[0] + "." + parts[1]);
    byte[] actual;
    try {
      actual = Base64.getUrlDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new Rejected("The guest token's signature is invalid.");
    }
    if (!MessageDigest.isEqual(expected, actual)) {
      throw new Rejected("The guest token's signature is invalid.");
    }
    String sub = text(claims, "sub");
    String name = text(claims, "name");
    long exp = expiry(claims.get("exp"));
    long now = world.timestamps().now().getEpochSecond();
    if (exp <= now) {
      throw new Rejected("The guest token has expired.");
    }
    String email = guestEmail(claims.path("iss").asText(), sub);
    Person guest =
        world.people.findByEmail(email).orElseGet(() -> world.people.create(email, name, "person"));
    guest.displayName = name;
    return new Login(guest, world.people.issueToken(guest), exp - now);
  }

  private static JsonNode decode(String part) {
    try {
      JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(part));
      if (node == null || !node.isObject()) {
        throw new Rejected("The guest token is not a JWT.");
      }
      return node;
    } catch (IllegalArgumentException | IOException e) {
      throw new Rejected("The guest token is not a JWT.");
    }
  }

  private static String text(JsonNode claims, String claim) {
    JsonNode value = claims.get(claim);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new Rejected("The guest token needs the '" + claim + "' claim.");
    }
    return value.asText();
  }

  /** {@code exp} as epoch seconds: a JSON number or, as some generators send it, a string. */
  private static long expiry(JsonNode exp) {
    if (exp != null && exp.isNumber()) {
      return exp.asLong();
    }
    if (exp != null && exp.isTextual()) {
      try {
        return Long.parseLong(exp.asText().trim());
      } catch (NumberFormatException e) {
        throw new Rejected("The guest token's 'exp' claim is not a number.");
      }
    }
    throw new Rejected("The guest token needs the 'exp' claim.");
  }

  private static byte[] sign(byte[] secret, String signingInput) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** [?] Guests have no email in Webex; the emulator gives each (issuer, sub) a stable one. */
  private static String guestEmail(String issuer, String sub) {
    String local = (issuer + "." + sub).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
    return local + "@guest.emulator.invalid";
  }
}
