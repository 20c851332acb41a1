package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WebexEmulatorExtension.class)
class TeamsContractTest {
  private static int seq;

  private static EmulatedPerson person(WebexEmulator emu) {
    int n = ++seq;
    return emu.createPerson("t" + n + "@teams.example.com", "Teamer " + n);
  }

  private static String team(Api api, String name) {
    Api.Resp resp = api.post("/teams", "{\"name\":\"" + name + "\",\"description\":\"d\"}");
    assertThat(resp.status()).isEqualTo(200);
    return resp.json().path("id").asText();
  }

  @Test
  void createMakesGeneralRoomAndModeratorMembership(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    Api api = new Api(emu).as(ana.token());
    JsonNode team = api.post("/teams", "{\"name\":\"Project Alpha\"}").json();
    String teamId = team.path("id").asText();
    assertThat(team.path("creatorId").asText()).isEqualTo(ana.id());
    List<JsonNode> rooms = api.get("/rooms?teamId=" + teamId).items();
    assertThat(rooms).hasSize(1);
    assertThat(rooms.get(0).path("title").asText()).isEqualTo("Project Alpha");
    List<JsonNode> members = api.get("/team/memberships?teamId=" + teamId).items();
    assertThat(members).hasSize(1);
    assertThat(members.get(0).path("isModerator").asBoolean()).isTrue();
    assertThat(members.get(0).path("personEmail").asText()).isEqualTo(ana.email());
    JsonNode general =
        api.get("/memberships?roomId=" + rooms.get(0).path("id").asText()).items().get(0);
    assertThat(general.path("isModerator").asBoolean()).isTrue();
    assertThat(api.post("/teams", "{}").status()).isEqualTo(400);
  }

  @Test
  void getUpdateDeleteAndVisibility(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    EmulatedPerson bob = person(emu);
    Api api = new Api(emu).as(ana.token());
    String teamId = team(api, "T1");
    String roomId =
        api.post("/rooms", "{\"title\":\"Team room\",\"teamId\":\"" + teamId + "\"}")
            .json()
            .path("id")
            .asText();
    assertThat(api.get("/teams/" + teamId).json().path("name").asText()).isEqualTo("T1");
    assertThat(api.as(bob.token()).get("/teams/" + teamId).status()).isEqualTo(404);
    assertThat(
            api.as(bob.token())
                .post("/rooms", "{\"title\":\"x\",\"teamId\":\"" + teamId + "\"}")
                .status())
        .isEqualTo(404);
    assertThat(api.put("/teams/" + teamId, "{\"name\":\"T2\"}").json().path("name").asText())
        .isEqualTo("T2");
    assertThat(api.put("/teams/" + teamId, "{}").status()).isEqualTo(400);
    api.post(
        "/team/memberships", "{\"teamId\":\"" + teamId + "\",\"personId\":\"" + bob.id() + "\"}");
    assertThat(api.as(bob.token()).put("/teams/" + teamId, "{\"name\":\"x\"}").status())
        .isEqualTo(403);
    assertThat(api.as(bob.token()).delete("/teams/" + teamId).status()).isEqualTo(403);
    assertThat(api.delete("/teams/" + teamId).status()).isEqualTo(204);
    assertThat(api.get("/teams/" + teamId).status()).isEqualTo(404);
    assertThat(api.get("/rooms/" + roomId).status()).isEqualTo(404);
  }

  @Test
  void listsMyTeamsPaged(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    Api api = new Api(emu).as(ana.token());
    String a = team(api, "A");
    String b = team(api, "B");
    String c = team(api, "C");
    assertThat(Paths.ids(Paths.pageAll(api, "/teams?max=1", 1, 3))).containsExactly(c, b, a);
  }

  @Test
  void teamMembershipsFollowGeneralRoomAndProtectLastModerator(WebexEmulator emu) {
    EmulatedPerson ana = person(emu);
    EmulatedPerson bob = person(emu);
    EmulatedPerson cy = person(emu);
    Api api = new Api(emu).as(ana.token());
    String teamId = team(api, "Guarded");
    String generalId = api.get("/rooms?teamId=" + teamId).items().get(0).path("id").asText();
    Api.Resp added =
        api.post(
            "/team/memberships",
            "{\"teamId\":\"" + teamId + "\",\"personEmail\":\"" + bob.email() + "\"}");
    assertThat(added.status()).isEqualTo(200);
    String bobTm = added.json().path("id").asText();
    assertThat(api.as(bob.token()).get("/rooms/" + generalId).status()).isEqualTo(200);
    assertThat(
            api.post(
                    "/team/memberships",
                    "{\"teamId\":\"" + teamId + "\",\"personId\":\"" + bob.id() + "\"}")
                .status())
        .isEqualTo(409);
    api.post(
        "/team/memberships",
        "{\"teamId\":\"" + teamId + "\",\"personId\":\"" + cy.id() + "\",\"isModerator\":false}");
    assertThat(Paths.pageAll(api, "/team/memberships?teamId=" + teamId + "&max=1", 1, 3))
        .hasSize(3);
    assertThat(api.get("/team/memberships").status()).isEqualTo(400);

    String anaTm =
        api.get("/team/memberships?teamId=" + teamId).items().stream()
            .filter(m -> m.path("personId").asText().equals(ana.id()))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();
    assertThat(api.delete("/team/memberships/" + anaTm).status()).isEqualTo(409);
    assertThat(api.put("/team/memberships/" + anaTm, "{\"isModerator\":false}").status())
        .isEqualTo(409);
    String anaGeneral =
        api.get("/memberships?roomId=" + generalId + "&personId=" + ana.id())
            .items()
            .get(0)
            .path("id")
            .asText();
    assertThat(api.delete("/memberships/" + anaGeneral).status()).isEqualTo(409);
    assertThat(
            api.as(bob.token())
                .put("/team/memberships/" + bobTm, "{\"isModerator\":true}")
                .status())
        .isEqualTo(403);
    assertThat(api.put("/team/memberships/" + bobTm, "{}").status()).isEqualTo(400);
    assertThat(
            api.put("/team/memberships/" + bobTm, "{\"isModerator\":true}")
                .json()
                .path("isModerator")
                .asBoolean())
        .isTrue();
    assertThat(api.get("/team/memberships/" + bobTm).json().path("isModerator").asBoolean())
        .isTrue();
    assertThat(api.delete("/team/memberships/" + anaTm).status()).isEqualTo(204);
    assertThat(api.get("/rooms/" + generalId).status()).isEqualTo(404);
    assertThat(api.as(bob.token()).get("/team/memberships/nope").status()).isEqualTo(404);
  }
}
