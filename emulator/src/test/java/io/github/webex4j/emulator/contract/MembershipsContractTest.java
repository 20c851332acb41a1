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
class MembershipsContractTest {
  private static int seq;

  private static EmulatedPerson person(WebexEmulator emu) {
    int n = ++seq;
    return emu.createPerson("m" + n + "@members.example.com", "Member " + n);
  }

  private static String room(Api api, boolean locked) {
    return api.post("/rooms", "{\"title\":\"R\",\"isLocked\":" + locked + "}")
        .json()
        .path("id")
        .asText();
  }

  private static String body(String roomId, String key, String value) {
    return "{\"roomId\":\"" + roomId + "\",\"" + key + "\":\"" + value + "\"}";
  }

  @Test
  void addByIdAndEmailWithIdFormatAndConflict(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    EmulatedPerson bob = person(emu);
    EmulatedPerson cy = person(emu);
    Api api = new Api(emu).as(ana.token());
    String roomId = room(api, false);
    Api.Resp added = api.post("/memberships", body(roomId, "personId", bob.id()));
    assertThat(added.status()).isEqualTo(200);
    JsonNode m = added.json();
    assertThat(m.path("personEmail").asText()).isEqualTo(bob.email());
    assertThat(m.path("personDisplayName").asText()).isEqualTo(bob.displayName());
    assertThat(m.path("roomType").asText()).isEqualTo("group");
    String decoded = new String(Base64.getUrlDecoder().decode(m.path("id").asText()));
    assertThat(decoded).matches("ciscospark://us/MEMBERSHIP/[0-9a-f-]{36}:[0-9a-f-]{36}");
    assertThat(
            api.post("/memberships", body(roomId, "personEmail", cy.email().toUpperCase()))
                .status())
        .isEqualTo(200);
    Api.Resp dup = api.post("/memberships", body(roomId, "personId", bob.id()));
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.message()).isEqualTo("Person is already in the room.");
    assertThat(api.post("/memberships", body(roomId, "personEmail", "nobody@example.com")).status())
        .isEqualTo(404);
    assertThat(api.post("/memberships", "{\"roomId\":\"" + roomId + "\"}").status()).isEqualTo(400);
    assertThat(
            api.as(person(emu).token())
                .post("/memberships", body(roomId, "personId", ana.id()))
                .status())
        .isEqualTo(404);
  }

  @Test
  void listsFiltersAndPages(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    Api api = new Api(emu).as(ana.token());
    String roomId = room(api, false);
    for (int i = 0; i < 3; i++) {
      api.post("/memberships", body(roomId, "personId", person(emu).id()));
    }
    List<JsonNode> all = Paths.pageAll(api, "/memberships?roomId=" + roomId + "&max=1", 1, 4);
    assertThat(all).hasSize(4);
    assertThat(Paths.ids(all)).doesNotHaveDuplicates();
    assertThat(api.get("/memberships?roomId=" + roomId + "&personId=" + ana.id()).items())
        .hasSize(1);
    assertThat(api.get("/memberships?roomId=" + roomId + "&personEmail=" + ana.email()).items())
        .hasSize(1);
    assertThat(api.get("/memberships?personId=" + ana.id()).status()).isEqualTo(400);
    assertThat(api.get("/memberships").items()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(new Api(emu).get("/memberships?personId=" + ana.id()).items()).hasSize(1);
  }

  @Test
  void lockedRoomsRestrictAddingAndRemovingToModerators(WebexEmulator emu) {
    EmulatedPerson mod = person(emu);
    EmulatedPerson bob = person(emu);
    EmulatedPerson cy = person(emu);
    Api api = new Api(emu).as(mod.token());
    String roomId = room(api, true);
    String bobMembership =
        api.post("/memberships", body(roomId, "personId", bob.id())).json().path("id").asText();
    Api asBob = api.as(bob.token());
    assertThat(asBob.post("/memberships", body(roomId, "personId", cy.id())).status())
        .isEqualTo(403);
    String modMembership =
        api.get("/memberships?roomId=" + roomId + "&personId=" + mod.id())
            .items()
            .get(0)
            .path("id")
            .asText();
    assertThat(asBob.delete("/memberships/" + modMembership).status()).isEqualTo(403);
    assertThat(asBob.put("/memberships/" + bobMembership, "{\"isModerator\":true}").status())
        .isEqualTo(403);
    JsonNode promoted = api.put("/memberships/" + bobMembership, "{\"isModerator\":true}").json();
    assertThat(promoted.path("isModerator").asBoolean()).isTrue();
    assertThat(asBob.delete("/memberships/" + bobMembership).status()).isEqualTo(204);
  }

  @Test
  void updateHiddenAndValidation(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    EmulatedPerson bob = person(emu);
    Api api = new Api(emu).as(ana.token());
    String roomId = room(api, false);
    String id =
        api.post("/memberships", body(roomId, "personId", bob.id())).json().path("id").asText();
    assertThat(api.put("/memberships/" + id, "{}").status()).isEqualTo(400);
    assertThat(api.put("/memberships/" + id, "{\"isRoomHidden\":true}").status()).isEqualTo(403);
    assertThat(
            api.as(bob.token())
                .put("/memberships/" + id, "{\"isRoomHidden\":\"TRUE\"}")
                .json()
                .path("isRoomHidden")
                .asBoolean())
        .isTrue();
    assertThat(api.get("/memberships/" + id).json().path("id").asText()).isEqualTo(id);
    assertThat(api.get("/memberships/nope").status()).isEqualTo(404);
    assertThat(api.as(person(emu).token()).get("/memberships/" + id).status()).isEqualTo(404);
    assertThat(api.delete("/memberships/" + id).status()).isEqualTo(204);
    assertThat(api.get("/memberships/" + id).status()).isEqualTo(404);
  }
}
