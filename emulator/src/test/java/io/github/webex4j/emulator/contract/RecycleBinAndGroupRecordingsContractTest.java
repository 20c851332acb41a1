package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recordings recycle bin and {@code /group/recordings} over raw HTTP, validated by the spec.
 */
class RecycleBinAndGroupRecordingsContractTest {
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private static WebexEmulator emu;
  private static Api admin;

  @BeforeAll
  static void start() {
    emu = WebexEmulator.builder().clock(CLOCK).start();
    admin = new Api(emu);
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  /** A new host with one recording; returns the recording id. */
  private static String recorded(Api host) {
    Instant start = CLOCK.instant().plus(Duration.ofMinutes(5));
    String meetingId =
        host.post(
                "/meetings",
                "{\"title\":\"Bin\",\"start\":\""
                    + start
                    + "\",\"end\":\""
                    + start.plus(Duration.ofMinutes(40))
                    + "\"}")
            .json()
            .path("id")
            .asText();
    Api.Resp ended =
        admin.post(
            emu.baseUri().resolve("/_emulator/meetings/" + meetingId + "/end").toString(), "");
    return ended.json().path("recording").path("id").asText();
  }

  @Test
  void softDeleteRestoreAndPurgeMoveThroughTheBin() {
    EmulatedPerson person = emu.createPerson("bin.host@example.com", "Bin Host");
    Api host = admin.as(person.token());
    String id = recorded(host);
    String ids = "{\"recordingIds\":[\"" + id + "\"]}";

    assertThat(host.post("/recordings/softDelete", ids).status()).isEqualTo(204);
    assertThat(host.get("/recordings").items()).isEmpty();
    assertThat(host.get("/recordings?status=deleted").items().get(0).path("status").asText())
        .isEqualTo("deleted");
    assertThat(host.post("/recordings/softDelete", ids).status()).isEqualTo(400);
    assertThat(host.post("/recordings/restore", "{\"restoreAll\":true}").status()).isEqualTo(204);
    assertThat(host.get("/recordings").items()).hasSize(1);
    assertThat(host.post("/recordings/purge", ids).status()).isEqualTo(400);
    assertThat(host.post("/recordings/softDelete", ids).status()).isEqualTo(204);
    assertThat(host.post("/recordings/purge", ids).status()).isEqualTo(204);
    assertThat(host.get("/recordings/" + id).status()).isEqualTo(404);
    assertThat(host.get("/recordings?status=deleted").items()).isEmpty();
    assertThat(host.post("/recordings/softDelete", "{\"recordingIds\":[]}").status())
        .isEqualTo(400);
    assertThat(
            host.post("/recordings/purge", "{\"purgeAll\":true,\"recordingIds\":[\"" + id + "\"]}")
                .status())
        .isEqualTo(400);
    assertThat(
            host.post(
                    "/recordings/softDelete",
                    "{\"recordingIds\":[\"" + id + "\"],\"siteUrl\":\"other.webex.com\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void groupRecordingsNameTheHostByPersonIdOrUuid() {
    EmulatedPerson person = emu.createPerson("group.host@example.com", "Group Host");
    String id = recorded(admin.as(person.token()));
    String uuid =
        new String(java.util.Base64.getUrlDecoder().decode(person.id())).replaceFirst(".*/", "");

    Api.Resp list = admin.get("/group/recordings?personId=" + person.id());
    Api.Resp byUuid = admin.get("/group/recordings/" + id + "?personId=" + uuid);

    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.items()).extracting(r -> r.path("id").asText()).containsExactly(id);
    assertThat(byUuid.status()).as(byUuid.body()).isEqualTo(200);
    assertThat(byUuid.json().path("temporaryDirectDownloadLinks").has("recordingDownloadLink"))
        .isTrue();
    assertThat(admin.get("/group/recordings").status()).isEqualTo(400);
    assertThat(admin.as(person.token()).get("/group/recordings?personId=" + uuid).status())
        .isEqualTo(403);
  }
}
