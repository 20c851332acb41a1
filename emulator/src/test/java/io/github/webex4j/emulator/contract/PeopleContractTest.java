package io.github.webex4j.emulator.contract;

import static io.github.webex4j.emulator.contract.Api.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WebexEmulatorExtension.class)
class PeopleContractTest {

  @Test
  void meReturnsTheCaller(WebexEmulator emu) {
    EmulatedPerson ana = emu.createPerson("ana.me@example.com", "Ana Me");
    JsonNode me = new Api(emu).as(ana.token()).get("/people/me").json();
    assertThat(me.path("id").asText()).isEqualTo(ana.id());
    assertThat(me.path("emails").path(0).asText()).isEqualTo("ana.me@example.com");
    assertThat(me.path("type").asText()).isEqualTo("person");
    assertThat(me.path("created").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(me.has("loginEnabled")).as("admin-only field").isFalse();
  }

  @Test
  void adminSeesAdminFieldsAndRoles(WebexEmulator emu) {
    JsonNode me = new Api(emu).get("/people/me").json();
    assertThat(me.path("id").asText()).isEqualTo(emu.admin().id());
    assertThat(me.path("roles")).isNotEmpty();
    assertThat(me.path("loginEnabled").asText()).isEqualTo("true");
    JsonNode listed = new Api(emu).get("/people?email=admin@example.com").items().get(0);
    assertThat(listed.has("loginEnabled")).as("admin-only fields on details calls only").isFalse();
  }

  @Test
  void nonAdminsMustFilter(WebexEmulator emu) {
    EmulatedPerson bob = emu.createPerson("bob.filter@example.com", "Bob Filter");
    Api.Resp resp = new Api(emu).as(bob.token()).get("/people");
    assertThat(resp.status()).isEqualTo(400);
    assertThat(resp.message()).isEqualTo("Email, displayName, or id list should be specified.");
    assertThat(new Api(emu).get("/people").status()).isEqualTo(200);
  }

  @Test
  void searchesByEmailDisplayNamePrefixAndIds(WebexEmulator emu) {
    EmulatedPerson a = emu.createPerson("zed.one@example.com", "Zed One");
    EmulatedPerson b = emu.createPerson("zed.two@example.com", "zed Two");
    Api api = new Api(emu).as(a.token());
    assertThat(Paths.ids(api.get("/people?email=ZED.ONE@example.com").items()))
        .containsExactly(a.id());
    assertThat(Paths.ids(api.get("/people?displayName=Zed").items()))
        .containsExactlyInAnyOrder(a.id(), b.id());
    JsonNode byIds = api.get("/people?id=" + a.id() + "," + b.id() + ",nope").json();
    assertThat(Paths.ids(List.copyOf(byIds.findParents("emails")))).contains(a.id(), b.id());
    assertThat(byIds.path("notFoundIds").path(0).asText()).isEqualTo("nope");
    assertThat(byIds.path("items").path(0).has("status")).as("no presence in id lists").isFalse();
    assertThat(api.get("/people?displayName=Zed&orgId=other").items()).isEmpty();
  }

  @Test
  void tooManyIdsIsRejected(WebexEmulator emu) {
    String ids = String.join(",", java.util.Collections.nCopies(86, "x"));
    assertThat(new Api(emu).get("/people?id=" + ids).status()).isEqualTo(400);
  }

  @Test
  void pagesPeopleWithMaxOne(WebexEmulator emu) {
    for (int i = 0; i < 3; i++) {
      emu.createPerson("pager" + i + "@example.com", "Pager " + i);
    }
    List<JsonNode> all = Paths.pageAll(new Api(emu), "/people?displayName=Pager&max=1", 1, 3);
    assertThat(all).hasSize(3);
    assertThat(Paths.ids(all)).doesNotHaveDuplicates();
  }

  @Test
  void adminCreatesUpdatesAndDeletesPeople(WebexEmulator emu) {
    Api admin = new Api(emu);
    Api.Resp created =
        admin.post(
            "/people",
            "{\"emails\":[\"carol.crud@example.com\"],\"displayName\":\"Carol\","
                + "\"firstName\":\"Carol\",\"lastName\":\"Crud\",\"title\":\"Engineer\","
                + "\"unknownField\":1}");
    assertThat(created.status()).isEqualTo(200);
    String id = created.json().path("id").asText();
    assertThat(created.json().path("title").asText()).isEqualTo("Engineer");
    assertThat(
            admin
                .post("/people", "{\"emails\":[\"carol.crud@example.com\"],\"displayName\":\"X\"}")
                .status())
        .isEqualTo(409);

    JsonNode fetched = admin.get("/people/" + id).json();
    ((com.fasterxml.jackson.databind.node.ObjectNode) fetched).put("displayName", "Carol C.");
    Api.Resp updated = admin.put("/people/" + id, fetched.toString());
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().path("displayName").asText()).isEqualTo("Carol C.");
    assertThat(admin.put("/people/" + id + "?minResponse=true", "{\"displayName\":\"C\"}").status())
        .isEqualTo(204);
    assertThat(admin.get("/people/" + id).json().has("title")).as("PUT replaces").isFalse();

    Api.Resp minimal =
        admin.post(
            "/people?minResponse=TRUE", "{\"emails\":[\"min@example.com\"],\"lastName\":\"Min\"}");
    assertThat(minimal.json().size()).isEqualTo(1);

    assertThat(admin.delete("/people/" + id).status()).isEqualTo(204);
    assertThat(admin.get("/people/" + id).status()).isEqualTo(404);
  }

  @Test
  void createValidatesFieldsAndRights(WebexEmulator emu) {
    Api admin = new Api(emu);
    assertThat(admin.post("/people", "{\"displayName\":\"No Email\"}").message())
        .contains("emails");
    assertThat(admin.post("/people", "{\"emails\":[\"e@example.com\"]}").message())
        .contains("displayName");
    assertThat(admin.post("/people", "{\"emails\":\"x\",\"displayName\":\"X\"}").status())
        .isEqualTo(400);
    assertThat(admin.post("/people", "{\"emails\":[1],\"displayName\":\"X\"}").status())
        .isEqualTo(400);
    EmulatedPerson dan = emu.createPerson("dan.rights@example.com", "Dan");
    Api asDan = admin.as(dan.token());
    assertThat(
            asDan
                .post("/people", "{\"emails\":[\"q@example.com\"],\"displayName\":\"Q\"}")
                .status())
        .isEqualTo(403);
    assertThat(asDan.put("/people/" + dan.id(), "{\"displayName\":\"D\"}").status()).isEqualTo(403);
    assertThat(asDan.delete("/people/" + dan.id()).status()).isEqualTo(403);
    assertThat(admin.delete("/people/" + emu.admin().id()).status()).isEqualTo(403);
    assertThat(admin.get("/people/" + q("x").replace("\"", "")).status()).isEqualTo(404);
  }

  @Test
  void adminCreatedPeopleCanGetTokens(WebexEmulator emu) {
    Api admin = new Api(emu);
    String id =
        admin
            .post("/people", "{\"emails\":[\"tok@example.com\"],\"displayName\":\"Tok\"}")
            .json()
            .path("id")
            .asText();
    EmulatedPerson tok = emu.tokenFor(id);
    assertThat(admin.as(tok.token()).get("/people/me").json().path("id").asText()).isEqualTo(id);
  }
}
