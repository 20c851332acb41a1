package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MeetingRegistrantsContractTest {
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private static WebexEmulator emu;

  @BeforeAll
  static void start() {
    emu = WebexEmulator.builder().clock(CLOCK).start();
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  private static String meeting(Api api, String registration) {
    Instant start = CLOCK.instant().plus(Duration.ofDays(1));
    Api.Resp resp =
        api.post(
            "/meetings",
            "{\"title\":\"Reg\",\"start\":\""
                + start
                + "\",\"end\":\""
                + start.plus(Duration.ofHours(1))
                + "\",\"recurrence\":\"FREQ=DAILY;COUNT=2\""
                + registration
                + "}");
    assertThat(resp.status()).isEqualTo(200);
    return resp.json().path("id").asText();
  }

  private static String person(int i) {
    return "{\"firstName\":\"Bob"
        + i
        + "\",\"lastName\":\"Lee\",\"email\":\"bob"
        + i
        + "@example.com\",\"jobTitle\":\"manager\",\"zipCode\":123456,"
        + "\"customizedQuestions\":[{\"questionId\":330087,\"answers\":[{\"optionId\":1,\"answer\":\"green\"}]}]}";
  }

  @Test
  void registersListsPagesGetsAndDeletes() {
    Api api = new Api(emu);
    String id = meeting(api, ",\"registration\":{\"requireJobTitle\":true}");
    Api.Resp first = api.post("/meetings/" + id + "/registrants", person(0));
    assertThat(first.status()).isEqualTo(200);
    JsonNode created = first.json();
    assertThat(created.path("id").asText()).isNotEmpty();
    assertThat(created.has("registrantId")).isFalse();
    assertThat(created.path("status").asText()).isEqualTo("pending");
    assertThat(created.path("zipCode").asInt()).isEqualTo(123456);
    assertThat(created.path("registrationTime").asText()).isEqualTo("2026-03-02T09:00:00Z");
    for (int i = 1; i < 3; i++) {
      assertThat(api.post("/meetings/" + id + "/registrants", person(i)).status()).isEqualTo(200);
    }
    List<JsonNode> all = Paths.pageAll(api, "/meetings/" + id + "/registrants?max=1", 1, 3);
    assertThat(all)
        .extracting(r -> r.path("email").asText())
        .containsExactly("bob0@example.com", "bob1@example.com", "bob2@example.com");
    assertThat(all.get(0).path("registrantId").asText()).isEqualTo(created.path("id").asText());
    assertThat(all)
        .allSatisfy(
            r -> assertThat(r.path("id").asText()).isEqualTo(r.path("registrantId").asText()));
    JsonNode got =
        api.get("/meetings/" + id + "/registrants/" + created.path("id").asText()).json();
    assertThat(got.path("id").asText())
        .as("get carries id too [?]")
        .isEqualTo(created.path("id").asText());
    assertThat(got.path("registrantId").asText()).isEqualTo(created.path("id").asText());
    assertThat(api.get("/meetings/" + id + "/registrants?email=BOB1@example.com").items())
        .hasSize(1);
    assertThat(
            api.get(
                    "/meetings/"
                        + id
                        + "/registrants?registrationTimeFrom="
                        + CLOCK.instant().plus(Duration.ofDays(1)))
                .items())
        .isEmpty();
    String registrant = "/meetings/" + id + "/registrants/" + created.path("id").asText();
    assertThat(api.get(registrant).json().path("firstName").asText()).isEqualTo("Bob0");
    assertThat(api.delete(registrant).status()).isEqualTo(204);
    assertThat(api.get(registrant).status()).isEqualTo(404);
    assertThat(api.get("/meetings/" + id).json().path("hasRegistrants").asBoolean()).isTrue();
  }

  @Test
  void autoAcceptApprovesAndTheFormIsEnforced() {
    Api api = new Api(emu);
    String id =
        meeting(api, ",\"registration\":{\"autoAcceptRequest\":true,\"requireCompanyName\":true}");
    String path = "/meetings/" + id + "/registrants";
    assertThat(api.post(path, person(5)).message()).contains("companyName");
    String ok = person(5).replace("\"jobTitle\"", "\"companyName\":\"Cisco\",\"jobTitle\"");
    assertThat(api.post(path, ok).json().path("status").asText()).isEqualTo("approved");
    assertThat(api.post(path, ok).status()).isEqualTo(409);
    assertThat(api.post(path, "{\"firstName\":\"x\",\"lastName\":\"y\"}").message())
        .contains("email");
    assertThat(api.post(path, person(6).replace("123456", "\"12\"")).status()).isEqualTo(400);
  }

  @Test
  void refusesMeetingsWithoutRegistrationAndNonSeriesIds() {
    Api api = new Api(emu);
    String id = meeting(api, "");
    assertThat(api.post("/meetings/" + id + "/registrants", person(7)).message())
        .contains("registration");
    assertThat(api.get("/meetings/" + id + "/registrants").status()).isEqualTo(400);
    String withForm = meeting(api, ",\"registration\":{}");
    assertThat(
            api.post("/meetings/" + withForm + "_20260303T090000Z/registrants", person(8)).status())
        .isEqualTo(400);
    assertThat(api.get("/meetings/nope/registrants").status()).isEqualTo(404);
    EmulatedPerson other = emu.createPerson("other.reg@example.com", "Other");
    assertThat(api.as(other.token()).get("/meetings/" + withForm + "/registrants").status())
        .isEqualTo(404);
  }
}
