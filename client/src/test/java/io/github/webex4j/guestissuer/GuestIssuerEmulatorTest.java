package io.github.webex4j.guestissuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.UnauthorizedException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.meetings.EmulatorControl;
import io.github.webex4j.rooms.EmulatorClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The guest JWT exchange against the in-process emulator. */
class GuestIssuerEmulatorTest {
  private static final String SECRET =
      Base64.getEncoder()
          .encodeToString("emulator guest secret, 32 bytes!".getBytes(StandardCharsets.UTF_8));

  @Test
  void signedJwtBecomesAWorkingAccessToken() {
    try (WebexEmulator emulator = WebexEmulator.start()) {
      EmulatorControl.post(
          emulator, "guest-issuers", "{\"issuerId\":\"issuer-1\",\"secret\":\"" + SECRET + "\"}");
      String jwt =
          GuestJwt.issuer("issuer-1", SECRET)
              .sign("user-42", "Ana Guest", Instant.now().plus(Duration.ofHours(1)));
      WebexClient bootstrap = new EmulatorClients(emulator).clientFor(jwt);

      GuestAccessToken access = bootstrap.guestIssuer().login(jwt);

      assertThat(access.token()).isNotBlank();
      assertThat(access.expiresIn()).isBetween(3000L, 3600L);
      WebexClient guest = bootstrap.withOptions(o -> o.accessToken(access.token()));
      assertThat(guest.people().me().displayName()).isEqualTo("Ana Guest");

      String forged =
          GuestJwt.issuer("issuer-1", Base64.getEncoder().encodeToString(new byte[] {9, 9, 9}))
              .sign("user-42", "Ana Guest", Instant.now().plus(Duration.ofHours(1)));
      assertThatThrownBy(() -> bootstrap.guestIssuer().login(forged))
          .isInstanceOfSatisfying(
              UnauthorizedException.class, e -> assertThat(e.trackingId()).isNotBlank());
    }
  }
}
