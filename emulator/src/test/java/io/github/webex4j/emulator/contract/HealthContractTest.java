package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.WebexEmulator;
import org.junit.jupiter.api.Test;

class HealthContractTest {
  @Test
  void healthAnswersUpWithoutAToken() {
    try (WebexEmulator emu = WebexEmulator.start()) {
      Api anonymous = new Api(emu).as(null);
      Api.Resp health = anonymous.get("/_emulator/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().path("status").asText()).isEqualTo("up");
      assertThat(health.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
      assertThat(anonymous.get("/_emulator/faults").status())
          .as("the rest of the control API still needs the admin token")
          .isEqualTo(401);
      assertThat(new Api(emu).as("unknown").get("/_emulator/health").status()).isEqualTo(200);
    }
  }
}
