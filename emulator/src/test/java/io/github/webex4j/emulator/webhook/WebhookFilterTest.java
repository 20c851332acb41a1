package io.github.webex4j.emulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookFilterTest {

  @Test
  void parsesPairs() {
    assertThat(WebhookFilter.parse("roomId=abc&personEmail=a%40b.com"))
        .containsEntry("roomId", "abc")
        .containsEntry("personEmail", "a@b.com");
    assertThat(WebhookFilter.parse(null)).isEmpty();
    assertThat(WebhookFilter.parse(" ")).isEmpty();
    assertThatThrownBy(() -> WebhookFilter.parse("roomId"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookFilter.parse("=x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookFilter.parse("a="))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void signsWithHexHmacSha1() {
    // RFC 2202 test case 2.
    assertThat(
            WebhookDispatcher.sign(
                "Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
  }
}
