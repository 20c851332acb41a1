package io.github.webex4j.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void masksGivenSecretsBearerValuesAndSecretParameters() {
    String text =
        "token abc123 sent as Bearer xyz.789 with access_token=q1&client_secret=s2"
            + " and {\"refresh_token\":\"r3\",\"code\": \"c4\"}";

    String redacted = Redactor.redactAll(text, "abc123", null, "");

    assertThat(redacted)
        .doesNotContain("abc123", "xyz.789", "q1", "s2", "r3", "c4")
        .contains("Bearer [REDACTED]", "access_token=[REDACTED]", "\"refresh_token\":\"[REDACTED]");
  }

  @Test
  void masksBearerValuesInAnyCaseAndParametersAfterAColon() {
    assertThat(Redactor.redactAll("header bEaReR abc.def sent"))
        .isEqualTo("header bEaReR [REDACTED] sent");
    assertThat(Redactor.redactAll("token: s3cr3t")).isEqualTo("token: [REDACTED]");
    assertThat(Redactor.redactAll("ROUTER_5F3C2A1B-0000-4000-8000-000000000001"))
        .isEqualTo("ROUTER_5F3C2A1B-0000-4000-8000-000000000001");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    String text = "{\"errorCode\":400001,\"message\":\"Tokenless request\",\"tokens\":2}";

    assertThat(Redactor.redactAll(text)).isEqualTo(text);
    assertThat(Redactor.redactAll(null, "x")).isNull();
  }

  @Test
  void aShortSecretIsMaskedOnlyWhereItStandsAlone() {
    Redactor redactor = Redactor.of("T");

    assertThat(redactor.redact("Token T expired at 10:00 Tuesday (T)"))
        .isEqualTo("Token [REDACTED] expired at 10:00 Tuesday ([REDACTED])");
    assertThat(redactor.redact("access_token=T&x=1")).isEqualTo("access_token=[REDACTED]&x=1");
  }

  @Test
  void aLongSecretIsMaskedEvenInsideOtherText() {
    Redactor redactor = Redactor.of("tok-SECRET-7f3a9c");

    assertThat(redactor.redact("idtok-SECRET-7f3a9cX")).isEqualTo("id[REDACTED]X");
  }

  @Test
  void remembersTheTokensItWasShownMostRecentFirstAndBounded() {
    Redactor redactor = Redactor.of();
    for (int i = 0; i < 20; i++) {
      redactor.remember("token-number-" + (100 + i) + "-long-enough");
    }

    assertThat(redactor.redact("token-number-119-long-enough")).isEqualTo("[REDACTED]");
    assertThat(redactor.redact("token-number-100-long-enough"))
        .isEqualTo("token-number-100-long-enough");
  }
}
