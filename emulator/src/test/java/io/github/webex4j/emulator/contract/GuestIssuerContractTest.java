package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WebexEmulatorExtension.class)
class GuestIssuerContractTest {
  private static final byte[] SECRET = "contract-guest-secret".getBytes(StandardCharsets.UTF_8);

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String jwt(String claims, byte[] secret) throws Exception {
    String input = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(claims);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    byte[] signature = mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
  }

  private static void configure(Api api, WebexEmulator emu, String issuer) {
    String control = emu.baseUri().resolve("/_emulator/guest-issuers").toString();
    String secret = Base64.getEncoder().encodeToString(SECRET);
    assertThat(
            api.post(control, "{\"issuerId\":\"" + issuer + "\",\"secret\":\"" + secret + "\"}")
                .status())
        .isEqualTo(204);
  }

  @Test
  void exchangesAGuestJwtForAWorkingToken(WebexEmulator emu) throws Exception {
    Api api = new Api(emu);
    configure(api, emu, "issuer-contract");
    long exp = Instant.now().getEpochSecond() + 3600;
    String claims =
        "{\"sub\":\"visitor-1\",\"name\":\"Visitor One\",\"iss\":\"issuer-contract\",\"exp\":\""
            + exp
            + "\"}";
    Api.Resp login = api.as(jwt(claims, SECRET)).post("/jwt/login", "");
    assertThat(login.status()).isEqualTo(200);
    JsonNode body = login.json();
    assertThat(body.path("expiresIn").asLong()).isBetween(3500L, 3600L);
    String token = body.path("token").asText();
    JsonNode me = api.as(token).get("/people/me").json();
    assertThat(me.path("displayName").asText()).isEqualTo("Visitor One");
    Api.Resp again = api.as(jwt(claims, SECRET)).post("/jwt/login", "");
    assertThat(api.as(again.json().path("token").asText()).get("/people/me").json().path("id"))
        .isEqualTo(me.path("id"));
  }

  @Test
  void builderConfiguresAnIssuerThatSurvivesReset() throws Exception {
    String secret = Base64.getEncoder().encodeToString(SECRET);
    try (WebexEmulator emu = WebexEmulator.builder().guestIssuer("issuer-built", secret).start()) {
      emu.reset();
      long exp = Instant.now().getEpochSecond() + 600;
      String claims = "{\"sub\":\"b\",\"name\":\"B\",\"iss\":\"issuer-built\",\"exp\":" + exp + "}";
      Api.Resp login = new Api(emu).as(jwt(claims, SECRET)).post("/jwt/login", "");
      assertThat(login.status()).isEqualTo(200);
    }
    assertThatThrownBy(() -> WebexEmulator.builder().guestIssuer("x", "not base64!"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebexEmulator.builder().guestIssuer(" ", secret))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesBadJwtsWith401(WebexEmulator emu) throws Exception {
    Api api = new Api(emu);
    configure(api, emu, "issuer-strict");
    long exp = Instant.now().getEpochSecond() + 3600;
    String claims = "{\"sub\":\"v\",\"name\":\"V\",\"iss\":\"issuer-strict\",\"exp\":" + exp + "}";
    Api.Resp wrongKey =
        api.as(jwt(claims, "other".getBytes(StandardCharsets.UTF_8))).post("/jwt/login", "");
    assertThat(wrongKey.status()).isEqualTo(401);
    assertThat(wrongKey.message()).contains("signature");
    assertThat(
            api.as(jwt(claims.replace("issuer-strict", "nobody"), SECRET))
                .post("/jwt/login", "")
                .message())
        .contains("issuer");
    assertThat(api.as("not.a.jwt").post("/jwt/login", "").status()).isEqualTo(401);
    assertThat(api.as(null).post("/jwt/login", "").status()).isEqualTo(401);
  }

  @Test
  void configuresIssuersThroughTheControlApi(WebexEmulator emu) {
    Api api = new Api(emu);
    String control = emu.baseUri().resolve("/_emulator/guest-issuers").toString();
    assertThat(api.post(control, "{\"issuerId\":\"iss\",\"secret\":\"not base64!\"}").status())
        .isEqualTo(400);
    assertThat(api.post(control, "{\"secret\":\"c2VjcmV0\"}").message()).contains("issuerId");
  }
}
