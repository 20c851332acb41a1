package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WebexEmulatorExtension.class)
class OrganizationsRolesContractTest {

  private static String decode(String id) {
    return new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
  }

  @Test
  void listsTheHomeOrgWithoutPaging(WebexEmulator emu) {
    Api api = new Api(emu);
    Api.Resp list = api.get("/organizations?max=1");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.header("Link")).isNull();
    List<JsonNode> items = list.items();
    assertThat(items).hasSize(1);
    JsonNode org = items.get(0);
    assertThat(org.path("displayName").asText()).isEqualTo("Emulated Org");
    assertThat(decode(org.path("id").asText())).startsWith("ciscospark://us/ORGANIZATION/");
    String me = api.get("/people/me").json().path("orgId").asText();
    assertThat(org.path("id").asText()).isEqualTo(me);
    Api.Resp one = api.get("/organizations/" + me);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json()).isEqualTo(org);
    assertThat(api.get("/organizations/nope").status()).isEqualTo(404);
  }

  @Test
  void deletingAnOrgWithLicensesAndUsersConflicts(WebexEmulator emu) {
    Api api = new Api(emu);
    emu.createPerson("second.org@example.com", "Second");
    String orgId = api.get("/people/me").json().path("orgId").asText();
    Api.Resp delete = api.delete("/organizations/" + orgId);
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.message()).contains("licenses").contains("more than one user");
    assertThat(api.get("/organizations/" + orgId).status()).isEqualTo(200);
    assertThat(api.delete("/organizations/nope").status()).isEqualTo(404);
  }

  @Test
  void organizationsAndRolesNeedAnAdmin(WebexEmulator emu) {
    EmulatedPerson user = emu.createPerson("plain.org@example.com", "Plain");
    Api api = new Api(emu).as(user.token());
    assertThat(api.get("/organizations").status()).isEqualTo(403);
    assertThat(api.get("/roles").status()).isEqualTo(403);
    assertThat(api.delete("/organizations/x").status()).isEqualTo(403);
  }

  @Test
  void listsAndGetsRolesIncludingTheAdminsRole(WebexEmulator emu) {
    Api api = new Api(emu);
    Api.Resp list = api.get("/roles");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.header("Link")).isNull();
    List<JsonNode> roles = list.items();
    assertThat(roles).extracting(r -> r.path("name").asText()).contains("Full Administrator");
    assertThat(roles).hasSizeGreaterThan(3);
    JsonNode full =
        roles.stream()
            .filter(r -> r.path("name").asText().equals("Full Administrator"))
            .findFirst()
            .orElseThrow();
    assertThat(decode(full.path("id").asText())).isEqualTo("ciscospark://us/ROLE/id_full_admin");
    JsonNode admin = api.get("/people/" + emu.admin().id()).json();
    assertThat(admin.path("roles").toString()).contains(full.path("id").asText());
    assertThat(api.get("/roles/" + full.path("id").asText()).json()).isEqualTo(full);
    assertThat(api.get("/roles/nope").status()).isEqualTo(404);
  }
}
