package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WebexEmulatorExtension.class)
class RoomsContractTest {

  private static String roomId(Api api, String json) {
    Api.Resp resp = api.post("/rooms", json);
    assertThat(resp.status()).isEqualTo(200);
    return resp.json().path("id").asText();
  }

  @Test
  void createGetAndIdFormat(WebexEmulator emu) {
    EmulatedPerson ana = emu.createPerson("ana.rooms@example.com", "Ana");
    Api api = new Api(emu).as(ana.token());
    Api.Resp created = api.post("/rooms", "{\"title\":\"Dev Room\",\"unknown\":true}");
    assertThat(created.status()).isEqualTo(200);
    JsonNode room = created.json();
    assertThat(room.path("type").asText()).isEqualTo("group");
    assertThat(room.path("creatorId").asText()).isEqualTo(ana.id());
    assertThat(room.path("isLocked").asBoolean()).isFalse();
    String id = room.path("id").asText();
    assertThat(id).doesNotContain("=", "+", "/");
    assertThat(new String(Base64.getUrlDecoder().decode(id)))
        .matches("ciscospark://us/ROOM/[0-9a-f-]{36}");
    assertThat(api.get("/rooms/" + id).json().path("title").asText()).isEqualTo("Dev Room");
    EmulatedPerson outsider = emu.createPerson("out.rooms@example.com", "Out");
    assertThat(api.as(outsider.token()).get("/rooms/" + id).status()).isEqualTo(404);
    assertThat(api.get("/rooms/nope").status()).isEqualTo(404);
  }

  @Test
  void createValidates(WebexEmulator emu) {
    Api api = new Api(emu);
    assertThat(api.post("/rooms", "{}").message()).contains("title");
    assertThat(api.post("/rooms", "{\"title\":5}").message()).contains("title");
    assertThat(api.post("/rooms", "{\"title\":\"t\",\"isLocked\":\"maybe\"}").status())
        .isEqualTo(400);
    assertThat(api.post("/rooms", "{\"title\":\"t\",\"teamId\":\"\"}").status()).isEqualTo(404);
    assertThat(api.post("/rooms", "{\"title\":\"t\",\"isAnnouncementOnly\":true}").status())
        .isEqualTo(400);
    assertThat(api.post("/rooms", "{\"title\":\"t\",\"isPublic\":true}").message())
        .contains("description");
  }

  @Test
  void lockedRoomMakesCreatorModerator(WebexEmulator emu) {
    EmulatedPerson ana = emu.createPerson("lock.rooms@example.com", "Lock");
    Api api = new Api(emu).as(ana.token());
    String id = roomId(api, "{\"title\":\"Locked\",\"isLocked\":true}");
    JsonNode membership = api.get("/memberships?roomId=" + id).items().get(0);
    assertThat(membership.path("isModerator").asBoolean()).isTrue();
    JsonNode updated =
        api.put("/rooms/" + id, "{\"title\":\"Ann\",\"isLocked\":true,\"isAnnouncementOnly\":true}")
            .json();
    assertThat(updated.path("isAnnouncementOnly").asBoolean()).isTrue();
  }

  @Test
  void listsOnlyMyRoomsFilteredAndPaged(WebexEmulator emu) {
    EmulatedPerson ana = emu.createPerson("list.rooms@example.com", "List");
    Api api = new Api(emu).as(ana.token());
    String a = roomId(api, "{\"title\":\"A\"}");
    String b = roomId(api, "{\"title\":\"B\"}");
    String c = roomId(api, "{\"title\":\"C\"}");
    roomId(new Api(emu), "{\"title\":\"admin's\"}");
    List<JsonNode> all = Paths.pageAll(api, "/rooms?max=1&type=group", 1, 3);
    assertThat(Paths.ids(all)).containsExactly(c, b, a);
    assertThat(Paths.ids(api.get("/rooms?sortBy=created").items())).containsExactly(c, b, a);
    assertThat(api.get("/rooms?type=direct").items()).isEmpty();
    assertThat(api.get("/rooms?type=bogus").status()).isEqualTo(400);
    assertThat(api.get("/rooms?sortBy=bogus").status()).isEqualTo(400);
    assertThat(api.get("/rooms?max=0").status()).isEqualTo(400);
    assertThat(api.get("/rooms?max=abc").status()).isEqualTo(400);
    assertThat(api.get("/rooms?max=5000").items()).hasSize(3);
    assertThat(api.get("/rooms?max=2&type=group").header("Link"))
        .contains("max=2", "type", "cursor=");
  }

  @Test
  void linkCarriesFiltersAndUsesHost(WebexEmulator emu) {
    EmulatedPerson ana = emu.createPerson("link.rooms@example.com", "Link");
    Api api = new Api(emu).as(ana.token());
    roomId(api, "{\"title\":\"1\"}");
    roomId(api, "{\"title\":\"2\"}");
    String link = api.get("/rooms?max=1&type=group&sortBy=created").next().orElseThrow();
    assertThat(link).startsWith(emu.baseUri() + "/rooms?");
    assertThat(link).contains("type=group", "sortBy=created", "max=1", "cursor=");
    assertThat(api.get("/rooms?cursor=%25%25").status()).isEqualTo(400);
    String cursor = link.substring(link.indexOf("cursor=") + 7);
    assertThat(api.get("/rooms?type=direct&cursor=" + cursor).message()).contains("cursor");
    assertThat(api.get("/rooms?max=5&type=group&sortBy=created&cursor=" + cursor).items())
        .hasSize(1);
  }

  @Test
  void linkUsesTheHostTheClientAddressed(WebexEmulator emu) {
    Api api = new Api(emu);
    roomId(api, "{\"title\":\"h1\"}");
    roomId(api, "{\"title\":\"h2\"}");
    String head =
        "GET /v1/rooms?max=1 HTTP/1.1\nHost: emulator.test:8443\nConnection: close\n"
            + "Authorization: Bearer "
            + emu.adminToken();
    String answer = RawHttp.exchange(emu.port(), RawHttp.request(head, new byte[0]));
    assertThat(answer)
        .containsPattern("(?i)link: <http://emulator\\.test:8443/v1/rooms\\?max=1&cursor=");
  }

  @Test
  void updateRulesAndDelete(WebexEmulator emu) {
    EmulatedPerson ana = emu.createPerson("upd.rooms@example.com", "Upd");
    EmulatedPerson bob = emu.createPerson("upd2.rooms@example.com", "Upd2");
    Api api = new Api(emu).as(ana.token());
    String id = roomId(api, "{\"title\":\"Before\"}");
    assertThat(api.put("/rooms/" + id, "{}").status()).isEqualTo(400);
    Api.Resp updated = api.put("/rooms/" + id, "{\"title\":\"After\",\"description\":\"d\"}");
    assertThat(updated.json().path("title").asText()).isEqualTo("After");
    assertThat(api.put("/rooms/" + id, "{\"title\":\"P\",\"isPublic\":true}").status())
        .isEqualTo(403);
    assertThat(api.put("/rooms/" + id, "{\"title\":\"A\",\"isAnnouncementOnly\":true}").status())
        .isEqualTo(400);
    assertThat(api.as(bob.token()).put("/rooms/" + id, "{\"title\":\"x\"}").status())
        .isEqualTo(404);
    Api admin = new Api(emu);
    JsonNode pub = admin.put("/rooms/" + id, "{\"title\":\"After\",\"isPublic\":true}").json();
    assertThat(pub.path("isPublic").asBoolean()).isTrue();
    assertThat(pub.path("madePublic").asText()).isNotEmpty();
    assertThat(Paths.ids(api.get("/rooms?orgPublicSpaces=true").items())).contains(id);
    assertThat(api.get("/rooms?orgPublicSpaces=true&type=group").status()).isEqualTo(400);
    assertThat(api.delete("/rooms/" + id).status()).isEqualTo(204);
    assertThat(api.get("/rooms/" + id).status()).isEqualTo(404);
  }

  @Test
  void nonModeratorDeletingALockedRoomLeavesIt(WebexEmulator emu) {
    EmulatedPerson owner = emu.createPerson("own.rooms@example.com", "Own");
    EmulatedPerson other = emu.createPerson("oth.rooms@example.com", "Oth");
    Api api = new Api(emu).as(owner.token());
    String id = roomId(api, "{\"title\":\"Locked\",\"isLocked\":true}");
    api.post("/memberships", "{\"roomId\":\"" + id + "\",\"personId\":\"" + other.id() + "\"}");
    assertThat(api.as(other.token()).delete("/rooms/" + id).status()).isEqualTo(204);
    assertThat(api.get("/rooms/" + id).status()).isEqualTo(200);
    assertThat(api.as(other.token()).get("/rooms/" + id).status()).isEqualTo(404);
  }

  @Test
  void meetingInfo(WebexEmulator emu) {
    Api api = new Api(emu);
    String id = roomId(api, "{\"title\":\"Meet\"}");
    JsonNode info = api.get("/rooms/" + id + "/meetingInfo").json();
    assertThat(info.path("roomId").asText()).isEqualTo(id);
    assertThat(info.path("meetingNumber").asText()).matches("\\d+");
    assertThat(info.path("sipAddress").asText()).contains("@");
  }
}
