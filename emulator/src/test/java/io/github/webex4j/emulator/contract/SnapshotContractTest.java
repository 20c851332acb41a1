package io.github.webex4j.emulator.contract;

import static io.github.webex4j.emulator.contract.Api.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed files and {@code /_emulator/snapshot} export and import. */
class SnapshotContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String SEED =
      """
      {
        "people": [
          {"email": "ana@seed.example.com", "displayName": "Ana", "token": "ana-token",
           "licenses": ["Messaging"]},
          {"email": "bob@seed.example.com", "displayName": "Bob", "token": "bob-token"}
        ],
        "teams": [{"id": "alpha", "name": "Project Alpha", "creatorId": "ana@seed.example.com"}],
        "rooms": [
          {"id": "dev", "title": "Dev Room", "teamId": "alpha", "creatorId": "ana@seed.example.com"},
          {"id": "chat", "title": "Chat", "creatorId": "bob@seed.example.com", "isLocked": true}
        ],
        "memberships": [
          {"roomId": "dev", "personId": "ana@seed.example.com", "isModerator": true},
          {"roomId": "dev", "personId": "bob@seed.example.com"},
          {"roomId": "chat", "personId": "bob@seed.example.com", "isModerator": true},
          {"roomId": "chat", "personId": "admin@example.com"}
        ],
        "messages": [
          {"id": "hello", "roomId": "dev", "personId": "ana@seed.example.com", "text": "Welcome!"},
          {"roomId": "dev", "personId": "bob@seed.example.com", "text": "Thanks", "parentId": "hello"}
        ]
      }
      """;

  @Test
  void aSeedFileGivesPeopleTokensTeamsRoomsMembershipsAndMessages(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("seed.json");
    Files.writeString(file, SEED);
    try (WebexEmulator emu = WebexEmulator.builder().seedFile(file).start()) {
      Api asAna = new Api(emu).as("ana-token");
      JsonNode me = asAna.get("/people/me").json();
      assertThat(me.path("emails").get(0).asText()).isEqualTo("ana@seed.example.com");
      List<JsonNode> rooms = asAna.get("/rooms").items();
      assertThat(rooms)
          .extracting(r -> r.path("title").asText())
          .containsExactlyInAnyOrder("Dev Room", "Project Alpha");
      String devId =
          rooms.stream()
              .filter(r -> r.path("title").asText().equals("Dev Room"))
              .findFirst()
              .orElseThrow()
              .path("id")
              .asText();
      List<JsonNode> messages = asAna.get("/messages?roomId=" + devId).items();
      assertThat(messages)
          .extracting(m -> m.path("text").asText())
          .containsExactly("Thanks", "Welcome!");
      assertThat(messages.get(0).path("parentId").asText())
          .isEqualTo(messages.get(1).path("id").asText());
      String teamId = asAna.get("/teams").items().get(0).path("id").asText();
      assertThat(asAna.get("/team/memberships?teamId=" + teamId).items())
          .singleElement()
          .satisfies(tm -> assertThat(tm.path("isModerator").asBoolean()).isTrue());
      Api asBob = asAna.as("bob-token");
      assertThat(
              asBob.post("/messages", "{\"roomId\":" + q(devId) + ",\"text\":\"live\"}").status())
          .isEqualTo(200);
      assertThat(new Api(emu).get("/rooms").items())
          .as("the seeded admin was added to Chat by email")
          .extracting(r -> r.path("title").asText())
          .contains("Chat");
      String messaging = new Api(emu).get("/licenses").items().get(0).path("id").asText();
      assertThat(
              new Api(emu)
                  .get("/people/" + me.path("id").asText())
                  .json()
                  .path("licenses")
                  .get(0)
                  .asText())
          .isEqualTo(messaging);
    }
  }

  @Test
  void snapshotsRoundTripThroughTheControlApiWithIdsAndTokens() throws Exception {
    String snapshot;
    String roomId;
    String messageId;
    String anaId;
    String anaToken;
    try (WebexEmulator first = WebexEmulator.builder().seedJson(SEED).start()) {
      EmulatedPerson carl = first.createPerson("carl@seed.example.com", "Carl");
      anaId = new Api(first).as("ana-token").get("/people/me").json().path("id").asText();
      Api asCarl = new Api(first).as(carl.token());
      roomId = asCarl.post("/rooms", "{\"title\":\"Carl's\"}").json().path("id").asText();
      messageId =
          asCarl
              .post("/messages", "{\"roomId\":" + q(roomId) + ",\"markdown\":\"**bold**\"}")
              .json()
              .path("id")
              .asText();
      anaToken = carl.token();
      Api.Resp exported = new Api(first).get("/_emulator/snapshot");
      assertThat(exported.status()).isEqualTo(200);
      snapshot = exported.body();
      assertThat(first.snapshot()).isEqualTo(JSON.readTree(snapshot).toString());
    }
    try (WebexEmulator second = WebexEmulator.start()) {
      Api admin = new Api(second);
      assertThat(admin.put("/_emulator/snapshot", snapshot).status()).isEqualTo(204);
      Api asCarl = admin.as(anaToken);
      assertThat(asCarl.get("/rooms/" + roomId).json().path("title").asText()).isEqualTo("Carl's");
      JsonNode message = asCarl.get("/messages/" + messageId).json();
      assertThat(message.path("markdown").asText()).isEqualTo("**bold**");
      assertThat(admin.get("/people/" + anaId).status()).isEqualTo(200);
      JsonNode again = JSON.readTree(admin.get("/_emulator/snapshot").body());
      String oldAdminId = JSON.readTree(snapshot).path("admin").path("id").asText();
      JsonNode before = JSON.readTree(snapshot.replace(oldAdminId, second.admin().id()));
      assertThat(again.toString())
          .as("the same state; only the seeded admin has a new id")
          .isEqualTo(before.toString());

      Api.Resp bad =
          admin.post(
              "/_emulator/snapshot",
              "{\"rooms\":[{\"title\":\"x\",\"creatorId\":\"nobody@example.com\"}]}");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.message()).contains("nobody@example.com");
      assertThat(admin.get("/rooms/" + roomId).status())
          .as("a refused snapshot leaves a fresh world")
          .isEqualTo(404);
      assertThat(admin.post("/_emulator/snapshot", "[]").status()).isEqualTo(400);
    }
    assertThatThrownBy(() -> WebexEmulator.builder().seedJson("{\"people\":[{}]}").start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("email");
  }
}
