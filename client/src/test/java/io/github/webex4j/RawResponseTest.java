package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.rooms.EmulatorClients;
import io.github.webex4j.rooms.Room;
import io.github.webex4j.rooms.RoomCreateParams;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RawResponseTest {
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();

  @Test
  void givesStatusHeadersTrackingIdAndTheExactJsonBesideTheRecord() {
    WebexClient webex = clients.clientFor(clients.person("Ana"));
    Room room = webex.rooms().create(RoomCreateParams.of("Raw"));

    WebexResponse<Room> response = webex.withRawResponse(c -> c.rooms().get(room.id()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.parse()).isEqualTo(room);
    assertThat(response.trackingId()).get().asString().isNotBlank();
    assertThat(response.header("Content-Type")).get().asString().startsWith("application/json");
    assertThat(new String(response.body().orElseThrow(), StandardCharsets.UTF_8))
        .contains("\"title\":\"Raw\"");
  }

  @Test
  void aCallThatMadeNoRequestIsRefused() {
    WebexClient webex = clients.clientFor(clients.person("Ben"));

    assertThatThrownBy(() -> webex.withRawResponse(c -> "nothing"))
        .isInstanceOf(IllegalStateException.class);
  }
}
