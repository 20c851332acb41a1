package io.github.webex4j.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
  private static final String SECRET = "s3cr3t-Webhook";
  private static final String BODY =
      "{\"id\":\"W1\",\"name\":\"ci\",\"targetUrl\":\"https://ci.example.com/hook\","
          + "\"resource\":\"messages\",\"event\":\"created\",\"filter\":\"roomId=R1\","
          + "\"orgId\":\"O1\",\"createdBy\":\"P0\",\"appId\":\"A1\",\"ownedBy\":\"creator\","
          + "\"status\":\"active\",\"created\":\"2026-01-02T03:04:05.678Z\",\"actorId\":\"P1\","
          + "\"data\":{\"id\":\"M1\",\"roomId\":\"R1\",\"roomType\":\"group\",\"personId\":\"P1\"},"
          + "\"futureField\":true}";
  // HMAC-SHA1(SECRET, BODY) via the JDK Mac directly; knownVectorMatches pins the algorithm.
  private static final String SIGNATURE = WebhookVerifierTest.expectedSignature();

  private static String expectedSignature() {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
      mac.init(
          new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(BODY.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private final WebhookVerifier verifier = WebhookVerifier.of(SECRET);
  private final byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

  @Test
  void validSignatureParsesTheEnvelope() {
    WebhookNotification n = verifier.verifyAndParse(body, SIGNATURE);

    assertThat(verifier.isValid(body, SIGNATURE)).isTrue();
    assertThat(verifier.isValid(body, SIGNATURE.toUpperCase())).isTrue();
    assertThat(verifier.sign(BODY)).isEqualTo(SIGNATURE);
    assertThat(n.id()).isEqualTo("W1");
    assertThat(n.resource()).isEqualTo(WebhookResource.MESSAGES);
    assertThat(n.event()).isEqualTo(WebhookEvent.CREATED);
    assertThat(n.status()).isEqualTo(WebhookStatus.ACTIVE);
    assertThat(n.actorId()).isEqualTo("P1");
    assertThat(n.created()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
    assertThat(n.dataId()).isEqualTo("M1");
    assertThat(n.data()).containsEntry("roomId", "R1");
  }

  @Test
  void knownVectorMatches() {
    // RFC 2202 test case 2: HMAC-SHA1("Jefe", "what do ya want for nothing?")
    assertThat(WebhookVerifier.of("Jefe").sign("what do ya want for nothing?"))
        .isEqualTo("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
  }

  @Test
  void tamperedBodyFails() {
    byte[] tampered = BODY.replace("\"M1\"", "\"M2\"").getBytes(StandardCharsets.UTF_8);

    assertThat(verifier.isValid(tampered, SIGNATURE)).isFalse();
    assertThatThrownBy(() -> verifier.verifyAndParse(tampered, SIGNATURE))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("Invalid");
  }

  @Test
  void wrongSecretFails() {
    assertThat(WebhookVerifier.of("other").isValid(body, SIGNATURE)).isFalse();
  }

  @Test
  void missingHeaderFailsClosed() {
    assertThat(verifier.isValid(body, null)).isFalse();
    assertThatThrownBy(() -> verifier.verifyAndParse(body, null))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("Missing");
    assertThatThrownBy(() -> verifier.verifyAndParse(body, "  "))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void signatureOfDifferentLengthOrNotHexFails() {
    assertThat(verifier.isValid(body, SIGNATURE.substring(2))).isFalse();
    assertThat(verifier.isValid(body, SIGNATURE + "00")).isFalse();
    assertThat(verifier.isValid(body, SIGNATURE.substring(1))).isFalse();
    assertThat(verifier.isValid(body, "zz" + SIGNATURE.substring(2))).isFalse();
    assertThat(verifier.isValid(body, "")).isFalse();
  }

  @Test
  void validSignatureOnNonEnvelopeBodyIsRejected() {
    byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> verifier.verifyAndParse(notJson, verifier.sign("not json")))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("envelope");
  }

  @Test
  void secretNeverShown() {
    assertThat(verifier.toString()).doesNotContain(SECRET);
    assertThatThrownBy(() -> WebhookVerifier.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(
            WebhookCreateParams.builder()
                .name("n")
                .targetUrl("https://x")
                .resource(WebhookResource.MESSAGES)
                .event(WebhookEvent.CREATED)
                .secret(SECRET)
                .build()
                .toString())
        .doesNotContain(SECRET);
  }
}
