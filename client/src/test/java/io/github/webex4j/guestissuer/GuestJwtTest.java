package io.github.webex4j.guestissuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.UnauthorizedException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.internal.util.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class GuestJwtTest {
  private static final byte[] SECRET =
      "a shared secret of 32 bytes!!!!!".getBytes(StandardCharsets.UTF_8);
  private static final String SECRET_B64 = Base64.getEncoder().encodeToString(SECRET);
  private static final Instant EXP = Instant.parse("2026-11-28T01:00:00.750Z");

  @Test
  void signatureVerifiesIndependentlyAndClaimsAreComplete() throws Exception {
    String jwt = GuestJwt.issuer("issuer-1", SECRET_B64).sign("user-42", "Ana Guest", EXP);

    String[] parts = jwt.split("\\.");
    assertThat(parts).hasSize(3);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
    byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    byte[] actual = Base64.getUrlDecoder().decode(parts[2]);
    assertThat(MessageDigest.isEqual(expected, actual)).isTrue();
    assertThat(parts[2]).doesNotContain("=");
    assertThat(decode(parts[0])).isEqualTo(Map.of("alg", "HS256", "typ", "JWT"));
    assertThat(decode(parts[1]))
        .isEqualTo(
            Map.of("sub", "user-42", "name", "Ana Guest", "iss", "issuer-1", "exp", 1_795_827_600));
  }

  @Test
  void anotherSecretGivesAnotherSignature() {
    String a = GuestJwt.issuer("i", SECRET_B64).sign("u", "n", EXP);
    String b =
        GuestJwt.issuer("i", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}))
            .sign("u", "n", EXP);

    assertThat(a.substring(0, a.lastIndexOf('.'))).isEqualTo(b.substring(0, b.lastIndexOf('.')));
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void invalidInputIsRejectedWithoutLeakingTheSecret() {
    assertThatThrownBy(() -> GuestJwt.issuer(" ", SECRET_B64)).hasMessageContaining("issuerId");
    assertThatThrownBy(() -> GuestJwt.issuer("i", "not base64 !!secret!!"))
        .hasMessageContaining("base64")
        .hasMessageNotContaining("!!secret!!");
    GuestJwt issuer = GuestJwt.issuer("i", SECRET_B64);
    assertThatThrownBy(() -> issuer.sign("", "n", EXP)).hasMessageContaining("sub");
    assertThatThrownBy(() -> issuer.sign("u", " ", EXP)).hasMessageContaining("name");
    assertThatThrownBy(() -> issuer.sign("u", "n", null)).hasMessageContaining("exp");
    assertThat(issuer.toString()).doesNotContain(SECRET_B64).contains("***");
  }

  @Test
  void loginSendsTheJwtAsBearerAndHidesTheToken() {
    try (StubServer stub = StubServer.start()) {
      stub.json(200, "{\"token\":\"guest-access-SECRET\",\"expiresIn\":3600}")
          .json(401, "{\"message\":\"Invalid JWT\",\"trackingId\":\"G_1\"}");
      WebexClient webex = TestClients.client(stub);
      String jwt = GuestJwt.issuer("i", SECRET_B64).sign("u", "n", EXP);

      GuestAccessToken token = webex.guestIssuer().login(jwt);

      assertThat(token.token()).isEqualTo("guest-access-SECRET");
      assertThat(token.expiresIn()).isEqualTo(3600L);
      assertThat(token.toString()).doesNotContain("guest-access-SECRET");
      StubServer.Recorded request = stub.requests().get(0);
      assertThat(request.toString()).isEqualTo("POST /v1/jwt/login");
      assertThat(request.header("Authorization")).isEqualTo("Bearer " + jwt);
      assertThatThrownBy(() -> webex.guestIssuer().login(jwt))
          .isInstanceOfSatisfying(
              UnauthorizedException.class,
              e -> {
                assertThat(e.trackingId()).isEqualTo("G_1");
                assertThat(e.getMessage()).doesNotContain(jwt);
              });
      assertThatThrownBy(() -> webex.guestIssuer().login(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(stub.requests()).hasSize(2);
    }
  }

  private static Object decode(String part) throws IOException {
    return Json.readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
  }
}
