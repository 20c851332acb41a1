package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WebexEmulatorExtension.class)
class GroupsContractTest {
  private static final String SCIM =
      "\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\","
          + "\"urn:scim:schemas:extension:cisco:webexidentity:2.0:Group\"]";

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String create(Api api, String json) {
    Api.Resp resp = api.post("/groups", json);
    assertThat(resp.status()).isEqualTo(201);
    return resp.json().path("id").asText();
  }

  @Test
  void createsInTheScimAndTheSimpleShape(WebexEmulator emu) {
    Api api = new Api(emu);
    EmulatedPerson jane = emu.createPerson("jane.grp@example.com", "Jane Smith");
    Api.Resp scim =
        api.post(
            "/groups",
            "{"
                + SCIM
                + ",\"displayName\":\"Shape Scim\",\"externalId\":\"ext-1\","
                + "\"members\":[{\"value\":\""
                + jane.id()
                + "\",\"type\":\"user\"}]}");
    assertThat(scim.status()).isEqualTo(201);
    JsonNode group = scim.json();
    assertThat(group.path("memberSize").asInt()).isEqualTo(1);
    assertThat(group.path("members").get(0).path("displayName").asText()).isEqualTo("Jane Smith");
    assertThat(group.path("members").get(0).path("type").asText()).isEqualTo("user");
    String decoded =
        new String(
            Base64.getUrlDecoder().decode(group.path("id").asText()), StandardCharsets.UTF_8);
    assertThat(decoded).matches("ciscospark://us/SCIM_GROUP/[0-9a-f-]{36}:[0-9a-f-]{36}");
    Api.Resp simple =
        api.post(
            "/groups",
            "{\"displayName\":\"Shape Simple\",\"description\":\"d\",\"members\":[{\"id\":\""
                + jane.id()
                + "\"}]}");
    assertThat(simple.status()).isEqualTo(201);
    assertThat(simple.json().path("memberSize").asInt()).isEqualTo(1);
  }

  @Test
  void createValidates(WebexEmulator emu) {
    Api api = new Api(emu);
    create(api, "{\"displayName\":\"Unique Name\"}");
    assertThat(api.post("/groups", "{\"displayName\":\"unique name\"}").status()).isEqualTo(409);
    assertThat(api.post("/groups", "{" + SCIM + "}").message()).contains("displayName");
    assertThat(
            api.post("/groups", "{\"displayName\":\"X\",\"members\":[{\"id\":\"nope\"}]}").status())
        .isEqualTo(400);
    assertThat(api.post("/groups", "{\"displayName\":\"X\",\"schemas\":[\"urn:other\"]}").status())
        .isEqualTo(400);
    EmulatedPerson user = emu.createPerson("plain.grp@example.com", "Plain");
    assertThat(api.as(user.token()).post("/groups", "{\"displayName\":\"Y\"}").status())
        .isEqualTo(403);
    assertThat(api.as(user.token()).get("/groups").status()).isEqualTo(403);
  }

  @Test
  void filtersSortsAndPagesWithStartIndexAndCount(WebexEmulator emu) {
    Api api = new Api(emu);
    for (String name : List.of("Paging B", "Paging A", "Paging C", "Other Paging")) {
      create(api, "{\"displayName\":\"" + name + "\"}");
    }
    String sw = "/groups?filter=" + q("displayName sw \"paging\"") + "&sortBy=displayName";
    List<String> names = new ArrayList<>();
    for (int start = 1; start <= 3; start++) {
      Api.Resp page = api.get(sw + "&count=1&startIndex=" + start);
      assertThat(page.status()).isEqualTo(200);
      JsonNode body = page.json();
      assertThat(body.path("totalResults").asInt()).isEqualTo(3);
      assertThat(body.path("startIndex").asInt()).isEqualTo(start);
      assertThat(body.path("itemsPerPage").asInt()).isEqualTo(1);
      assertThat(body.path("groups").get(0).has("members")).isFalse();
      names.add(body.path("groups").get(0).path("displayName").asText());
    }
    assertThat(names).containsExactly("Paging A", "Paging B", "Paging C");
    JsonNode past = api.get(sw + "&count=1&startIndex=4").json();
    assertThat(past.path("itemsPerPage").asInt()).isZero();
    JsonNode descending = api.get(sw + "&sortOrder=descending").json();
    assertThat(descending.path("groups").get(0).path("displayName").asText()).isEqualTo("Paging C");
    JsonNode eq = api.get("/groups?filter=" + q("displayName eq \"PAGING b\"")).json();
    assertThat(eq.path("totalResults").asInt()).isEqualTo(1);
    assertThat(api.get("/groups?filter=" + q("title eq \"x\"")).status()).isEqualTo(400);
    assertThat(api.get("/groups?sortBy=created").status()).isEqualTo(400);
    assertThat(api.get("/groups?sortOrder=up").status()).isEqualTo(400);
    assertThat(api.get("/groups?startIndex=0").status()).isEqualTo(400);
  }

  @Test
  void getsWithMembersAndPagesMembers(WebexEmulator emu) {
    Api api = new Api(emu);
    List<String> ids = new ArrayList<>();
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      EmulatedPerson p = emu.createPerson("member" + i + ".grp@example.com", "Member " + i);
      ids.add(p.id());
      members.append(i == 0 ? "" : ",").append("{\"value\":\"").append(p.id()).append("\"}");
    }
    String id =
        create(api, "{" + SCIM + ",\"displayName\":\"Members\",\"members\":[" + members + "]}");
    assertThat(api.get("/groups/" + id).json().has("members")).isFalse();
    JsonNode full = api.get("/groups/" + id + "?includeMembers=TRUE").json();
    assertThat(full.path("members")).hasSize(3);
    List<String> seen = new ArrayList<>();
    for (int start = 1; start <= 3; start++) {
      JsonNode page = api.get("/groups/" + id + "/members?count=1&startIndex=" + start).json();
      assertThat(page.path("totalResults").asInt()).isEqualTo(3);
      assertThat(page.path("members")).hasSize(1);
      seen.add(page.path("members").get(0).path("id").asText());
    }
    assertThat(seen).containsExactlyElementsOf(ids);
    assertThat(api.get("/groups/nope").status()).isEqualTo(404);
    assertThat(api.get("/groups/nope/members").status()).isEqualTo(404);
  }

  @Test
  void patchesWithScimOperationsAndTheSimpleShape(WebexEmulator emu) {
    Api api = new Api(emu);
    EmulatedPerson a = emu.createPerson("a.patch.grp@example.com", "A");
    EmulatedPerson b = emu.createPerson("b.patch.grp@example.com", "B");
    String id = create(api, "{\"displayName\":\"Patch Me\"}");
    Api.Resp added =
        api.patch(
            "/groups/" + id,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                + a.id()
                + "\"},{\"value\":\""
                + b.id()
                + "\"}]},"
                + "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Patched\"}]}");
    assertThat(added.status()).isEqualTo(200);
    assertThat(added.json().path("displayName").asText()).isEqualTo("Patched");
    assertThat(added.json().path("memberSize").asInt()).isEqualTo(2);
    Api.Resp removed =
        api.patch(
            "/groups/" + id,
            "{\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\""
                + a.id()
                + "\\\"]\"}]}");
    assertThat(removed.json().path("members")).hasSize(1);
    assertThat(removed.json().path("members").get(0).path("id").asText()).isEqualTo(b.id());
    Api.Resp simple =
        api.patch(
            "/groups/" + id,
            "{\"members\":[{\"id\":\""
                + a.id()
                + "\",\"operation\":\"add\"},{\"id\":\""
                + b.id()
                + "\",\"operation\":\"delete\"}]}");
    assertThat(simple.json().path("members").get(0).path("id").asText()).isEqualTo(a.id());
    Api.Resp replaced =
        api.patch(
            "/groups/" + id,
            "{\"Operations\":[{\"op\":\"replace\",\"value\":{\"displayName\":\"Whole\","
                + "\"members\":[{\"value\":\""
                + b.id()
                + "\"}]}}]}");
    assertThat(replaced.json().path("displayName").asText()).isEqualTo("Whole");
    assertThat(replaced.json().path("members").get(0).path("id").asText()).isEqualTo(b.id());
    assertThat(api.patch("/groups/" + id, "{\"Operations\":[{\"op\":\"move\"}]}").status())
        .isEqualTo(400);
    assertThat(
            api.patch(
                    "/groups/" + id,
                    "{\"Operations\":[{\"op\":\"remove\",\"path\":\"displayName\"}]}")
                .status())
        .isEqualTo(400);
    assertThat(api.delete("/groups/" + id).status()).isEqualTo(204);
    assertThat(api.get("/groups/" + id).status()).isEqualTo(404);
    assertThat(api.delete("/groups/" + id).status()).isEqualTo(404);
  }
}
