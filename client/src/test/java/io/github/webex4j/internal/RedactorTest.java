package io.github.webex4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void masksGivenSecretsBearerValuesAndSecretParameters() {
    String text =
        "token abc123 sent as Bearer xyz.789 with access_token=q1&client_secret=s2"
            + " and {\"refresh_token\":\"r3\",\"code\": \"c4\"}";

    String redacted = Redactor.redact(text, "abc123", null, "");

    assertThat(redacted)
        .doesNotContain("abc123", "xyz.789", "q1", "s2", "r3", "c4")
        .contains("Bearer [REDACTED]", "access_token=[REDACTED]", "\"refresh_token\":\"[REDACTED]");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    String text = "{\"errorCode\":400001,\"message\":\"Tokenless request\",\"tokens\":2}";

    assertThat(Redactor.redact(text)).isEqualTo(text);
    assertThat(Redactor.redact(null, "x")).isNull();
  }
}
