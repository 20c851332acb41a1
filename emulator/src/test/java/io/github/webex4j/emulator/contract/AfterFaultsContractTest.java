package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.Fault;
import io.github.webex4j.emulator.RecordedRequest;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Faults with {@code after}: the request takes effect, then the client sees the failure. */
@ExtendWith(WebexEmulatorExtension.class)
class AfterFaultsContractTest {

  private static String room(Api api, String title) {
    return api.post("/rooms", "{\"title\":" + Api.q(title) + "}").json().path("id").asText();
  }

  @Test
  void statusAfterHandlingKeepsTheEffectAndAnswersTheScriptedError(WebexEmulator emu) {
    EmulatedPerson ana = emu.createPerson("ana@after.example.com", "Ana");
    Api admin = new Api(emu);
    Api api = admin.as(ana.token()).allowing5xx();
    String roomId = room(api, "After");
    Api.Resp scheduled =
        admin.post(
            "/_emulator/faults",
            "{\"kind\":\"status\",\"status\":502,\"after\":true,\"method\":\"POST\","
                + "\"pathPrefix\":\"/messages\"}");
    assertThat(scheduled.status()).isEqualTo(200);
    assertThat(scheduled.json().path("after").asBoolean()).isTrue();

    Api.Resp posted =
        api.post("/messages", "{\"roomId\":\"" + roomId + "\",\"text\":\"exactly once\"}");
    assertThat(posted.status()).isEqualTo(502);
    assertThat(posted.message()).isEqualTo("Bad Gateway");
    assertThat(api.get("/messages?roomId=" + roomId).items())
        .singleElement()
        .satisfies(m -> assertThat(m.path("text").asText()).isEqualTo("exactly once"));
    RecordedRequest recorded = emu.requests().get(emu.requests().size() - 2);
    assertThat(recorded.method()).isEqualTo("POST");
    assertThat(recorded.status()).isEqualTo(502);

    emu.faults().add(Fault.status(503).method("POST").pathPrefix("/messages"));
    assertThat(api.post("/messages", "{\"roomId\":\"" + roomId + "\",\"text\":\"never\"}").status())
        .isEqualTo(503);
    assertThat(api.get("/messages?roomId=" + roomId).items())
        .as("a fault without after stops the request")
        .hasSize(1);
  }

  @Test
  void droppedConnectionAfterHandlingStillCreates(WebexEmulator emu) {
    Api admin = new Api(emu);
    emu.faults().add(Fault.dropConnection().after().method("POST").pathPrefix("/rooms"));
    assertThat(emu.faults().active())
        .singleElement()
        .satisfies(f -> assertThat(f.isAfter()).isTrue());
    byte[] body = "{\"title\":\"Dropped but made\"}".getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /v1/rooms HTTP/1.1\nHost: 127.0.0.1\nAuthorization: Bearer "
            + emu.adminToken()
            + "\nContent-Type: application/json\nContent-Length: "
            + body.length;
    assertThat(RawHttp.send(emu.port(), RawHttp.request(head, body))).isEqualTo(-1);
    List<String> titles =
        admin.get("/rooms?max=1000").items().stream().map(r -> r.path("title").asText()).toList();
    assertThat(titles).contains("Dropped but made");
    assertThat(emu.faults().active()).isEmpty();
  }
}
