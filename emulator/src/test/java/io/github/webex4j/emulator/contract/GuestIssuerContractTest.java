package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WebexEmulatorExtension.class)
class GuestIssuerContractTest {

  @Test
  void configuresIssuersThroughTheControlApi(WebexEmulator emu) {
    Api api = new Api(emu);
    String control = emu.baseUri().resolve("/_emulator/guest-issuers").toString();
    assertThat(api.post(control, "{\"issuerId\":\"iss\",\"secret\":\"c2VjcmV0\"}").status())
        .isEqualTo(204);
    assertThat(api.post(control, "{\"issuerId\":\"iss\",\"secret\":\"not base64!\"}").status())
        .isEqualTo(400);
    assertThat(api.post(control, "{\"secret\":\"c2VjcmV0\"}").message()).contains("issuerId");
  }

  @Test
  void anInvalidGuestJwtIsUnauthorized(WebexEmulator emu) {
    Api.Resp resp = new Api(emu).as("not.a.jwt").post("/jwt/login", "");
    assertThat(resp.status()).isEqualTo(401);
  }
}
