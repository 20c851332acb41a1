package io.github.webex4j.emulator.contract;

import static io.github.webex4j.emulator.contract.Api.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /room/tabs}: CRUD for room members only, validated against the derived document. */
@ExtendWith(WebexEmulatorExtension.class)
class RoomTabsContractTest {

  private static String tab(String roomId, String url, String name) {
    return "{\"roomId\":"
        + q(roomId)
        + ",\"contentUrl\":"
        + q(url)
        + ",\"displayName\":"
        + q(name)
        + "}";
  }

  @Test
  void membersCreateListGetUpdateAndDeleteTabs(WebexEmulator emu) {
    EmulatedPerson ana = emu.createPerson("ana@tabs.example.com", "Ana");
    EmulatedPerson bob = emu.createPerson("bob@tabs.example.com", "Bob");
    Api asAna = new Api(emu).as(ana.token());
    String roomId = asAna.post("/rooms", "{\"title\":\"Tabs\"}").json().path("id").asText();
    asAna.post("/memberships", "{\"roomId\":" + q(roomId) + ",\"personId\":" + q(bob.id()) + "}");

    Api.Resp created = asAna.post("/room/tabs", tab(roomId, "https://example.com/board", "Board"));
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    JsonNode tab = created.json();
    String id = tab.path("id").asText();
    assertThat(tab.path("roomId").asText()).isEqualTo(roomId);
    assertThat(tab.path("roomType").asText()).isEqualTo("group");
    assertThat(tab.path("displayName").asText()).isEqualTo("Board");
    assertThat(tab.path("contentUrl").asText()).isEqualTo("https://example.com/board");
    assertThat(tab.path("creatorId").asText()).isEqualTo(ana.id());
    assertThat(tab.path("created").asText()).matches("\\d{4}-.*\\.\\d{3}Z");
    Api asBob = asAna.as(bob.token());
    asBob.post("/room/tabs", tab(roomId, "https://example.com/wiki", "Wiki"));

    assertThat(asBob.get("/room/tabs?roomId=" + roomId).items())
        .extracting(t -> t.path("displayName").asText())
        .containsExactly("Board", "Wiki");
    assertThat(asBob.get("/room/tabs/" + id).json().path("id").asText()).isEqualTo(id);
    Api.Resp updated =
        asBob.put("/room/tabs/" + id, tab(roomId, "https://example.com/board2", "Board 2"));
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().path("contentUrl").asText()).isEqualTo("https://example.com/board2");
    assertThat(updated.json().path("creatorId").asText()).isEqualTo(ana.id());
    assertThat(asAna.delete("/room/tabs/" + id).status()).isEqualTo(204);
    assertThat(asAna.get("/room/tabs/" + id).status()).isEqualTo(404);
    assertThat(asAna.get("/room/tabs?roomId=" + roomId).items()).hasSize(1);
  }

  @Test
  void nonMembersSeeNothingAndBadInputIsRefused(WebexEmulator emu) {
    EmulatedPerson ana = emu.createPerson("ana2@tabs.example.com", "Ana");
    EmulatedPerson eve = emu.createPerson("eve@tabs.example.com", "Eve");
    EmulatedPerson bob = emu.createPerson("bob2@tabs.example.com", "Bob");
    Api asAna = new Api(emu).as(ana.token());
    Api asEve = asAna.as(eve.token());
    String roomId = asAna.post("/rooms", "{\"title\":\"Private\"}").json().path("id").asText();
    String id =
        asAna
            .post("/room/tabs", tab(roomId, "https://example.com", "Home"))
            .json()
            .path("id")
            .asText();

    assertThat(asEve.get("/room/tabs?roomId=" + roomId).status()).isEqualTo(404);
    assertThat(asEve.post("/room/tabs", tab(roomId, "https://example.com/x", "X")).status())
        .isEqualTo(404);
    assertThat(asEve.get("/room/tabs/" + id).status()).isEqualTo(404);
    assertThat(asEve.put("/room/tabs/" + id, tab(roomId, "https://example.com/y", "Y")).status())
        .isEqualTo(404);
    assertThat(asEve.delete("/room/tabs/" + id).status()).isEqualTo(404);

    assertThat(asAna.get("/room/tabs").status()).isEqualTo(400);
    assertThat(asAna.post("/room/tabs", tab(roomId, "http://example.com", "Plain")).status())
        .isEqualTo(400);
    assertThat(asAna.post("/room/tabs", tab(roomId, "not a url", "Bad")).status()).isEqualTo(400);
    assertThat(
            asAna
                .post(
                    "/room/tabs",
                    "{\"roomId\":" + q(roomId) + ",\"contentUrl\":\"https://a.example\"}")
                .status())
        .isEqualTo(400);
    String other = asAna.post("/rooms", "{\"title\":\"Other\"}").json().path("id").asText();
    assertThat(asAna.put("/room/tabs/" + id, tab(other, "https://example.com", "Moved")).status())
        .as("roomId must name the tab's room [?]")
        .isEqualTo(400);

    String locked =
        asAna.post("/rooms", "{\"title\":\"Locked\",\"isLocked\":true}").json().path("id").asText();
    asAna.post("/memberships", "{\"roomId\":" + q(locked) + ",\"personId\":" + q(bob.id()) + "}");
    assertThat(
            asAna
                .as(bob.token())
                .post("/room/tabs", tab(locked, "https://example.com", "No"))
                .status())
        .as("locked rooms: moderators only [?]")
        .isEqualTo(403);
    assertThat(asAna.post("/room/tabs", tab(locked, "https://example.com", "Yes")).status())
        .isEqualTo(200);

    assertThat(asAna.delete("/rooms/" + roomId).status()).isEqualTo(204);
    assertThat(asAna.get("/room/tabs/" + id).status()).isEqualTo(404);
  }
}
