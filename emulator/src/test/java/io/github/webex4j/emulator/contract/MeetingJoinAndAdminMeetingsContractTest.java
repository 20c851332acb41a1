package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /meetings/join} and {@code /admin/meetings} over raw HTTP, validated by the spec. */
class MeetingJoinAndAdminMeetingsContractTest {
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private static WebexEmulator emu;
  private static Api admin;
  private static Api host;
  private static JsonNode meeting;

  @BeforeAll
  static void start() {
    emu = WebexEmulator.builder().clock(CLOCK).start();
    admin = new Api(emu);
    EmulatedPerson person = emu.createPerson("join.host@example.com", "Join Host");
    host = admin.as(person.token());
    Instant start = CLOCK.instant().plus(Duration.ofDays(1));
    meeting =
        host.post(
                "/meetings",
                "{\"title\":\"Joinable\",\"password\":\"BgJep@43\",\"agenda\":\"A\",\"start\":\""
                    + start
                    + "\",\"end\":\""
                    + start.plus(Duration.ofMinutes(30))
                    + "\"}")
            .json();
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  @Test
  void joinAnswersLinksWithoutRedirectAndRedirectsByDefault() {
    Api.Resp links =
        host.post(
            "/meetings/join",
            "{\"meetingId\":\""
                + meeting.path("id").asText()
                + "\",\"joinDirectly\":false,"
                + "\"expirationMinutes\":7}");
    Api.Resp redirect =
        host.post(
            "/meetings/join",
            "{\"meetingNumber\":\"" + meeting.path("meetingNumber").asText() + "\"}");

    assertThat(links.status()).as(links.body()).isEqualTo(200);
    assertThat(links.json().path("startLink").asText()).contains("/wbxmjs/joinservice/");
    assertThat(links.json().path("expiration").asText()).isEqualTo("2026-03-02T09:07:00Z");
    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.header("Location")).contains("integrationJoinToken=join");
  }

  @Test
  void joinRefusesBadInput() {
    String id = meeting.path("id").asText();
    EmulatedPerson guest = emu.createPerson("join.guest@example.com", "Guest");
    Api asGuest = admin.as(guest.token());

    assertThat(host.post("/meetings/join", "{\"joinDirectly\":false}").status()).isEqualTo(400);
    assertThat(
            host.post(
                    "/meetings/join",
                    "{\"meetingId\":\"" + id + "\",\"webLink\":\"x\",\"joinDirectly\":false}")
                .status())
        .isEqualTo(400);
    assertThat(
            host.post(
                    "/meetings/join",
                    "{\"meetingId\":\""
                        + id
                        + "\",\"expirationMinutes\":61,\"joinDirectly\":false}")
                .status())
        .isEqualTo(400);
    assertThat(
            host.post(
                    "/meetings/join",
                    "{\"meetingId\":\"" + id + "\",\"displayName\":\"A\",\"joinDirectly\":false}")
                .status())
        .isEqualTo(400);
    assertThat(
            asGuest
                .post("/meetings/join", "{\"meetingId\":\"" + id + "\",\"joinDirectly\":false}")
                .status())
        .isEqualTo(403);
    Api.Resp withPassword =
        asGuest.post(
            "/meetings/join",
            "{\"meetingId\":\"" + id + "\",\"password\":\"BgJep@43\",\"joinDirectly\":false}");
    assertThat(withPassword.status()).isEqualTo(200);
    assertThat(withPassword.json().has("startLink")).isFalse();
  }

  @Test
  void adminViewsHideTheSensitiveFields() {
    String number = meeting.path("meetingNumber").asText();
    Api.Resp list = admin.get("/admin/meetings?meetingNumber=" + number + "&current=false");
    Api.Resp one = admin.get("/admin/meetings/" + meeting.path("id").asText());

    assertThat(list.status()).as(list.body()).isEqualTo(200);
    for (JsonNode seen : new JsonNode[] {list.items().get(0), one.json()}) {
      assertThat(seen.path("id").asText()).isEqualTo(meeting.path("id").asText());
      for (String hidden :
          new String[] {"agenda", "hostKey", "password", "webLink", "sipAddress", "registration"}) {
        assertThat(seen.has(hidden)).as(hidden).isFalse();
      }
      assertThat(seen.path("telephony").has("accessCode")).isFalse();
    }
    assertThat(
            admin
                .get("/admin/meetings?meetingNumber=" + number)
                .items()
                .get(0)
                .path("meetingType")
                .asText())
        .isEqualTo("scheduledMeeting");
    assertThat(admin.get("/admin/meetings").status()).isEqualTo(400);
    assertThat(host.get("/admin/meetings?meetingNumber=" + number).status()).isEqualTo(403);
    assertThat(admin.get("/admin/meetings/" + "0".repeat(32)).status()).isEqualTo(404);
  }
}
