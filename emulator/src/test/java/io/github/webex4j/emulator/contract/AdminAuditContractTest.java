package io.github.webex4j.emulator.contract;

import static io.github.webex4j.emulator.contract.Api.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /adminAudit/*}: what admins change is recorded and listed with the documented filters. */
@ExtendWith(WebexEmulatorExtension.class)
class AdminAuditContractTest {

  @Test
  void recordsPeopleRoleAndLicenseChangesByAdmins(@WebexEmulatorExtension.Fresh WebexEmulator emu) {
    Api admin = new Api(emu);
    String orgId = admin.get("/people/me").json().path("orgId").asText();
    String messaging =
        admin.get("/licenses").items().stream()
            .filter(l -> l.path("name").asText().equals("Messaging"))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();
    String personId =
        admin
            .post(
                "/people",
                "{\"emails\":[\"audited@example.com\"],\"displayName\":\"Audited\",\"licenses\":["
                    + q(messaging)
                    + "]}")
            .json()
            .path("id")
            .asText();
    String roleId = admin.get("/roles").items().get(1).path("id").asText();
    admin.put(
        "/people/" + personId,
        "{\"displayName\":\"Audited 2\",\"roles\":["
            + q(roleId)
            + "],\"licenses\":["
            + q(messaging)
            + "]}");
    String advanced =
        admin.get("/licenses").items().stream()
            .filter(l -> l.path("name").asText().equals("Advanced Messaging"))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();
    admin.patch(
        "/licenses/users",
        "{\"personId\":" + q(personId) + ",\"licenses\":[{\"id\":" + q(advanced) + "}]}");
    admin.delete("/people/" + personId);
    EmulatedPerson user = emu.createPerson("plain@example.com", "Plain");

    String window =
        "orgId="
            + orgId
            + "&from="
            + Instant.now().minus(Duration.ofHours(1))
            + "&to="
            + Instant.now().plus(Duration.ofHours(1));
    List<JsonNode> events = admin.get("/adminAudit/events?" + window).items();
    assertThat(events)
        .extracting(e -> e.path("data").path("eventCategory").asText())
        .containsExactly("USERS", "LICENSES", "ROLES", "USERS", "LICENSES", "USERS");
    JsonNode created = events.get(5);
    assertThat(created.path("actorId").asText()).isEqualTo(emu.admin().id());
    assertThat(created.path("actorOrgId").asText()).isEqualTo(orgId);
    assertThat(created.path("data").path("targetId").asText()).isEqualTo(personId);
    assertThat(created.path("data").path("targetName").asText()).isEqualTo("Audited");
    assertThat(created.path("data").path("eventDescription").asText()).isEqualTo("User created");
    assertThat(created.path("data").path("actorOrgName").asText()).isEqualTo("Emulated Org");
    assertThat(created.path("data").path("adminRoles").get(0).asText())
        .isEqualTo("Full Administrator");
    assertThat(events.get(0).path("data").path("eventDescription").asText())
        .isEqualTo("User deleted");

    assertThat(
            admin.get("/adminAudit/events?" + window + "&eventCategories=ROLES,LICENSES").items())
        .hasSize(3);
    assertThat(admin.get("/adminAudit/events?" + window + "&actorId=" + user.id()).items())
        .isEmpty();
    List<JsonNode> paged = Paths.pageAll(admin, "/adminAudit/events?" + window + "&max=4", 4, 2);
    assertThat(paged)
        .extracting(e -> e.path("id").asText())
        .containsExactlyElementsOf(events.stream().map(e -> e.path("id").asText()).toList());
    assertThat(admin.get("/adminAudit/events?" + window + "&offset=5").items()).hasSize(1);

    assertThat(admin.get("/adminAudit/eventCategories").json().path("eventCategories"))
        .extracting(JsonNode::asText)
        .contains("USERS", "LICENSES", "ROLES");
    Api asUser = admin.as(user.token());
    assertThat(asUser.get("/adminAudit/events?" + window).status()).isEqualTo(403);
    assertThat(asUser.get("/adminAudit/eventCategories").status()).isEqualTo(403);
    assertThat(admin.get("/adminAudit/events?orgId=" + orgId).status()).isEqualTo(400);
    assertThat(
            admin
                .get(
                    "/adminAudit/events?orgId="
                        + orgId
                        + "&from=2024-01-01T00:00:00.000Z&to=2025-06-01T00:00:00.000Z")
                .status())
        .as("at most one year per request")
        .isEqualTo(400);
    assertThat(admin.get("/adminAudit/events?" + window.replace(orgId, "nope")).status())
        .isEqualTo(404);
    assertThat(admin.get("/adminAudit/events?" + window + "&eventCategories=BOGUS").status())
        .isEqualTo(400);
    assertThat(admin.get("/adminAudit/events?" + window + "&offset=-1").status()).isEqualTo(400);
  }
}
