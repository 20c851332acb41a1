package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WebexEmulatorExtension.class)
class LicensesContractTest {

  private static String licenseId(Api api, String name) {
    return api.get("/licenses").items().stream()
        .filter(l -> l.path("name").asText().equals(name))
        .findFirst()
        .orElseThrow()
        .path("id")
        .asText();
  }

  private static String assign(String personId, String licenseId, String extra) {
    return "{\"personId\":\""
        + personId
        + "\",\"licenses\":[{\"id\":\""
        + licenseId
        + "\""
        + extra
        + "}]}";
  }

  @Test
  void listsTheOrgsLicensesWithConsumption(WebexEmulator emu) {
    Api api = new Api(emu);
    List<JsonNode> licenses = api.get("/licenses").items();
    assertThat(licenses)
        .extracting(l -> l.path("name").asText())
        .containsExactly(
            "Messaging",
            "Advanced Messaging",
            "Meeting - Webex Meeting Center",
            "Meeting - Webex Enterprise Edition",
            "Screen Share",
            "Hybrid - Exchange Calendar",
            "Webex Calling - Professional",
            "Webex Calling - Basic");
    JsonNode meeting = licenses.get(2);
    assertThat(licenses.get(3).path("siteUrl").asText()).isEqualTo("emulator-example.webex.com");
    assertThat(licenses.get(1).path("consumedUnits").asInt())
        .as("the admin holds Advanced Messaging")
        .isEqualTo(1);
    assertThat(licenses.get(7).path("consumedUnits").asInt())
        .as("nobody holds a calling license without a number")
        .isZero();
    assertThat(meeting.path("siteUrl").asText()).isEqualTo("emulator-example.webex.com");
    assertThat(meeting.path("siteType").asText()).isEqualTo("Control Hub managed site");
    assertThat(meeting.path("consumedUnits").asInt()).isPositive();
    assertThat(licenses.get(0).has("siteUrl")).isFalse();
    String orgId = api.get("/people/me").json().path("orgId").asText();
    assertThat(api.get("/licenses?orgId=" + orgId).items()).hasSize(8);
    assertThat(api.get("/licenses?orgId=nope").status()).isEqualTo(404);
    assertThat(api.get("/licenses/nope").status()).isEqualTo(404);
  }

  @Test
  void pagesAssignedUsersWithNextAndLimit(WebexEmulator emu) {
    Api api = new Api(emu);
    String messaging = licenseId(api, "Messaging");
    List<String> expected = new ArrayList<>(List.of(emu.admin().id()));
    for (int i = 0; i < 3; i++) {
      EmulatedPerson p = emu.createPerson("paged" + i + ".lic@example.com", "Paged " + i);
      assertThat(api.patch("/licenses/users", assign(p.id(), messaging, "")).status())
          .isEqualTo(200);
      expected.add(p.id());
    }
    assertThat(api.get("/licenses/" + messaging).json().has("users")).isFalse();
    List<String> seen = new ArrayList<>();
    Optional<String> next =
        Optional.of("/licenses/" + messaging + "?includeAssignedTo=user&limit=1");
    int pages = 0;
    while (next.isPresent()) {
      Api.Resp page = api.get(next.get());
      assertThat(page.status()).isEqualTo(200);
      JsonNode users = page.json().path("users");
      assertThat(users).hasSize(1);
      assertThat(users.get(0).path("type").asText()).isEqualTo("INTERNAL");
      seen.add(users.get(0).path("id").asText());
      next = page.next();
      pages++;
    }
    assertThat(pages).isGreaterThanOrEqualTo(4);
    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(api.get("/licenses/" + messaging + "?includeAssignedTo=group").status())
        .isEqualTo(400);
    assertThat(api.get("/licenses/" + messaging + "?includeAssignedTo=user&limit=0").status())
        .isEqualTo(400);
  }

  @Test
  void assignsAndRemovesLicensesAndAttendeeSites(WebexEmulator emu) {
    Api api = new Api(emu);
    EmulatedPerson p = emu.createPerson("assign.lic@example.com", "Assign");
    String meeting = licenseId(api, "Meeting - Webex Meeting Center");
    Api.Resp added =
        api.patch(
            "/licenses/users",
            "{\"email\":\"assign.lic@example.com\",\"licenses\":[{\"id\":\""
                + meeting
                + "\",\"operation\":\"add\"}],\"siteUrls\":[{\"siteUrl\":\"emulator-example.webex.com\","
                + "\"accountType\":\"attendee\"}]}");
    assertThat(added.status()).isEqualTo(200);
    assertThat(added.json().path("personId").asText()).isEqualTo(p.id());
    assertThat(added.json().path("licenses").toString()).contains(meeting);
    assertThat(added.json().path("siteUrls").get(0).path("accountType").asText())
        .isEqualTo("attendee");
    assertThat(api.get("/people/" + p.id()).json().path("licenses").toString()).contains(meeting);
    Api.Resp removed =
        api.patch("/licenses/users", assign(p.id(), meeting, ",\"operation\":\"remove\""));
    assertThat(removed.status()).isEqualTo(200);
    assertThat(removed.json().path("licenses").toString()).doesNotContain(meeting);
  }

  @Test
  void rejectsBadAssignments(WebexEmulator emu) {
    Api api = new Api(emu);
    EmulatedPerson p = emu.createPerson("bad.lic@example.com", "Bad");
    String calling = licenseId(api, "Webex Calling - Professional");
    String screenShare = licenseId(api, "Screen Share");
    assertThat(api.patch("/licenses/users", assign(p.id(), "nope", "")).message())
        .startsWith("License not recognized");
    assertThat(api.patch("/licenses/users", assign(p.id(), calling, "")).message())
        .contains("calling properties");
    assertThat(
            api.patch("/licenses/users", assign(p.id(), screenShare, ",\"operation\":\"remove\""))
                .message())
        .contains("cannot be removed");
    assertThat(
            api.patch(
                    "/licenses/users",
                    "{\"personId\":\""
                        + p.id()
                        + "\",\"siteUrls\":[{\"siteUrl\":\"other.webex.com\",\"accountType\":\"attendee\"}]}")
                .message())
        .contains("invalid attendee siteUrls");
    assertThat(api.patch("/licenses/users", "{\"licenses\":[]}").status()).isEqualTo(400);
    assertThat(api.patch("/licenses/users", "{\"email\":\"nobody@example.com\"}").status())
        .isEqualTo(404);
    assertThat(api.as(p.token()).patch("/licenses/users", assign(p.id(), calling, "")).status())
        .isEqualTo(403);
  }

  @Test
  void answers206WhenALicenseHasNoUnitsLeft(WebexEmulator emu) {
    Api api = new Api(emu);
    String calling = licenseId(api, "Webex Calling - Professional");
    String messaging = licenseId(api, "Messaging");
    String numbered = ",\"properties\":{\"phoneNumber\":\"+14085550100\"}";
    for (int i = 0; i < 2; i++) {
      EmulatedPerson p = emu.createPerson("calling" + i + ".lic@example.com", "Calling " + i);
      assertThat(api.patch("/licenses/users", assign(p.id(), calling, numbered)).status())
          .isEqualTo(200);
    }
    EmulatedPerson third = emu.createPerson("calling3.lic@example.com", "Calling 3");
    Api.Resp partial =
        api.patch(
            "/licenses/users",
            "{\"personId\":\""
                + third.id()
                + "\",\"licenses\":[{\"id\":\""
                + messaging
                + "\"},{\"id\":\""
                + calling
                + "\""
                + numbered
                + "}]}");
    assertThat(partial.status()).isEqualTo(206);
    assertThat(partial.json().path("licenses").toString()).contains(messaging);
    assertThat(partial.json().path("licenses").toString()).doesNotContain(calling);
    JsonNode license = api.get("/licenses/" + calling).json();
    assertThat(license.path("consumedUnits").asInt()).isEqualTo(2);
    assertThat(license.path("totalUnits").asInt()).isEqualTo(2);
  }
}
