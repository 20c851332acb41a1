package io.github.webex4j.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class GuestIssuerStoreTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  private static final byte[] SECRET = "guest-issuer-secret-bytes".getBytes(StandardCharsets.UTF_8);
  private static final String ISSUER = "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9ndWVzdA";
  private final World world =
      new World(Clock.fixed(NOW, ZoneOffset.UTC), UUID::randomUUID, "token", "admin@example.com");

  GuestIssuerStoreTest() {
    world.guestIssuers.configure(ISSUER, Base64.getEncoder().encodeToString(SECRET));
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static String jwt(String header, String claims, byte[] secret) throws Exception {
    String input = b64(header) + "." + b64(claims);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    byte[] signature = mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
  }

  private static String claims(String exp) {
    return "{\"sub\":\"guest-1\",\"name\":\"Guest One\",\"iss\":\""
        + ISSUER
        + "\",\"exp\":"
        + exp
        + "}";
  }

  private static final String HS256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

  @Test
  void exchangesASignedJwtForATokenOfAReusedGuest() throws Exception {
    long exp = NOW.getEpochSecond() + 3600;
    GuestIssuerStore.Login login =
        world.guestIssuers.login(jwt(HS256, claims(Long.toString(exp)), SECRET));
    assertThat(login.expiresIn()).isEqualTo(3600);
    assertThat(login.guest().displayName).isEqualTo("Guest One");
    assertThat(world.people.byToken(login.token())).contains(login.guest());
    assertThat(login.toString()).doesNotContain(login.token());
    GuestIssuerStore.Login again =
        world.guestIssuers.login(jwt(HS256, claims("\"" + (exp + 60) + "\""), SECRET));
    assertThat(again.guest()).isSameAs(login.guest());
    assertThat(again.expiresIn()).isEqualTo(3660);
    assertThat(again.token()).isNotEqualTo(login.token());
  }

  @Test
  void refusesBadTokens() throws Exception {
    String future = Long.toString(NOW.getEpochSecond() + 60);
    assertRejected(
        jwt(HS256, claims(future), "other".getBytes(StandardCharsets.UTF_8)), "signature");
    assertRejected(jwt(HS256, claims(Long.toString(NOW.getEpochSecond())), SECRET), "expired");
    assertRejected(jwt(HS256, claims("\"soon\""), SECRET), "exp");
    assertRejected(jwt("{\"alg\":\"none\"}", claims(future), SECRET), "HS256");
    assertRejected(jwt(HS256, claims(future).replace(ISSUER, "someone-else"), SECRET), "issuer");
    assertRejected(
        jwt(HS256, claims(future).replace("\"name\":\"Guest One\",", ""), SECRET), "name");
    assertRejected("not-a-jwt", "not a JWT");
    assertRejected("a.b.c", "not a JWT");
    assertRejected(null, "required");
    String good = jwt(HS256, claims(future), SECRET);
    assertRejected(good.substring(0, good.length() - 2) + "!!", "signature");
  }

  private void assertRejected(String jwt, String reason) {
    assertThatThrownBy(() -> world.guestIssuers.login(jwt))
        .isInstanceOf(GuestIssuerStore.Rejected.class)
        .hasMessageContaining(reason);
  }

  @Test
  void configurationIsValidatedAndSurvivesReset() throws Exception {
    assertThatThrownBy(() -> world.guestIssuers.configure("x", "***"))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("base64");
    assertThatThrownBy(() -> world.guestIssuers.configure(" ", "c2VjcmV0"))
        .isInstanceOf(RuleViolation.class);
    world.reset();
    String token = jwt(HS256, claims(Long.toString(NOW.getEpochSecond() + 10)), SECRET);
    assertThat(world.guestIssuers.login(token).expiresIn()).isEqualTo(10);
  }
}
