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

class MeetingsContractTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final MutableClock CLOCK = new MutableClock(NOW);
  private static WebexEmulator emu;

  @BeforeAll
  static void start() {
    emu = WebexEmulator.builder().clock(CLOCK).start();
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  private static String at(Duration fromNow) {
    return CLOCK.instant().plus(fromNow).toString();
  }

  private static String meeting(String title, Duration start, Duration length, String extra) {
    return "{\"title\":\""
        + title
        + "\",\"start\":\""
        + at(start)
        + "\",\"end\":\""
        + at(start.plus(length))
        + "\""
        + extra
        + "}";
  }

  private static JsonNode create(Api api, String json) {
    Api.Resp resp = api.post("/meetings", json);
    assertThat(resp.status()).as(resp.body()).isEqualTo(200);
    return resp.json();
  }

  @Test
  void createsAndGetsAScheduledMeetingInItsTimezone() {
    Api api = new Api(emu);
    JsonNode created =
        create(
            api,
            meeting(
                "Plan",
                Duration.ofDays(1),
                Duration.ofHours(1),
                ",\"timezone\":\"Asia/Shanghai\",\"agenda\":\"A\",\"password\":\"Abc12345\""));
    String id = created.path("id").asText();
    assertThat(id).matches("[0-9a-f]{32}");
    assertThat(created.path("meetingType").asText()).isEqualTo("meetingSeries");
    assertThat(created.path("state").asText()).isEqualTo("active");
    assertThat(created.path("timezone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(created.path("start").asText()).isEqualTo("2026-03-03T17:00:00+08:00");
    assertThat(created.path("password").asText()).isEqualTo("Abc12345");
    assertThat(created.path("hostEmail").asText()).isEqualTo(emu.admin().email());
    assertThat(created.path("scheduledType").asText()).isEqualTo("meeting");
    assertThat(created.path("sipAddress").asText())
        .startsWith(created.path("meetingNumber").asText());
    assertThat(created.path("hasRegistration").asBoolean()).isFalse();
    assertThat(api.get("/meetings/" + id).json()).isEqualTo(created);
    Api.Resp utc = api.send("GET", "/meetings/" + id, null, null);
    assertThat(utc.json().path("start").asText()).endsWith("+08:00");
    assertThat(api.get("/meetings/nope").status()).isEqualTo(404);
  }

  @Test
  void createValidatesTimesPasswordsAndOptions() {
    Api api = new Api(emu);
    Duration day = Duration.ofDays(1);
    Duration hour = Duration.ofHours(1);
    assertThat(api.post("/meetings", "{\"start\":\"" + at(day) + "\"}").message())
        .contains("title");
    assertThat(api.post("/meetings", meeting("Past", Duration.ofHours(-2), hour, "")).message())
        .contains("before current");
    assertThat(api.post("/meetings", meeting("Short", day, Duration.ofMinutes(5), "")).message())
        .contains("10 minutes");
    assertThat(
            api.post("/meetings", meeting("Pw", day, hour, ",\"password\":\"abc12345\"")).message())
        .isEqualTo(
            "Meeting password validation failed. A mix of uppercase and lowercase letters (A, a,"
                + " B, b, C, c, etc.) is required.");
    assertThat(
            api.post("/meetings", meeting("Tz", day, hour, ",\"timezone\":\"Mars/Base\"")).status())
        .isEqualTo(400);
    assertThat(
            api.post("/meetings", meeting("St", day, hour, ",\"scheduledType\":\"party\""))
                .status())
        .isEqualTo(400);
    assertThat(
            api.post("/meetings", meeting("Rr", day, hour, ",\"recurrence\":\"FREQ=HOURLY\""))
                .status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    "/meetings",
                    meeting("Rc", day, hour, ",\"recurrence\":\"FREQ=YEARLY;COUNT=6\""))
                .message())
        .contains("5 occurrences");
    assertThat(
            api.post("/meetings", meeting("Jb", day, hour, ",\"joinBeforeHostMinutes\":7"))
                .status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    "/meetings",
                    meeting(
                        "Co",
                        day,
                        hour,
                        ",\"allowAnyUserToBeCoHost\":true,\"allowFirstUserToBeCoHost\":true"))
                .status())
        .isEqualTo(400);
    assertThat(
            api.post("/meetings", "{\"title\":\"x\",\"start\":\"soon\",\"end\":\"later\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void webinarWithRegistration() {
    Api api = new Api(emu);
    JsonNode webinar =
        create(
            api,
            meeting(
                "Webinar",
                Duration.ofDays(2),
                Duration.ofHours(2),
                ",\"scheduledType\":\"webinar\",\"registration\":{\"autoAcceptRequest\":true,"
                    + "\"requireJobTitle\":true,\"unknownFlag\":true}"));
    assertThat(webinar.path("scheduledType").asText()).isEqualTo("webinar");
    assertThat(webinar.path("sessionTypeId").asInt()).isEqualTo(9);
    assertThat(webinar.path("panelistPassword").asText()).isNotEmpty();
    assertThat(webinar.has("attendeePrivileges")).isFalse();
    assertThat(webinar.path("hasRegistration").asBoolean()).isTrue();
    assertThat(webinar.path("registerLink").asText()).startsWith("https://");
    assertThat(webinar.path("registration").path("requireJobTitle").asBoolean()).isTrue();
    assertThat(webinar.path("registration").path("requireEmail").asBoolean()).isTrue();
  }

  @Test
  void recurringSeriesPagesOccurrencesWithLink() {
    Api api = new Api(emu);
    JsonNode series =
        create(
            api,
            meeting(
                "Daily",
                Duration.ofDays(1),
                Duration.ofMinutes(30),
                ",\"recurrence\":\"FREQ=DAILY;INTERVAL=1;COUNT=5\""));
    String id = series.path("id").asText();
    assertThat(series.path("recurrence").asText()).isEqualTo("FREQ=DAILY;INTERVAL=1;COUNT=5");
    String first =
        "/meetings?meetingType=scheduledMeeting&meetingSeriesId="
            + id
            + "&max=1&from="
            + at(Duration.ZERO)
            + "&to="
            + at(Duration.ofDays(10));
    List<JsonNode> occurrences = Paths.pageAll(api, first, 1, 5);
    assertThat(occurrences).hasSize(5);
    assertThat(occurrences.get(0).path("id").asText()).isEqualTo(id + "_20260303T090000Z");
    assertThat(occurrences.get(4).path("id").asText()).isEqualTo(id + "_20260307T090000Z");
    assertThat(occurrences)
        .allSatisfy(
            o -> {
              assertThat(o.path("meetingType").asText()).isEqualTo("scheduledMeeting");
              assertThat(o.path("meetingSeriesId").asText()).isEqualTo(id);
              assertThat(o.path("state").asText()).isEqualTo("scheduled");
            });
    List<JsonNode> defaultWindow =
        api.get("/meetings?meetingType=scheduledMeeting&meetingSeriesId=" + id).items();
    assertThat(defaultWindow).hasSize(5);
    assertThat(api.get("/meetings?meetingSeriesId=" + id).items())
        .singleElement()
        .satisfies(s -> assertThat(s.path("id").asText()).isEqualTo(id));
    String occurrenceId = occurrences.get(1).path("id").asText();
    JsonNode occurrence = api.get("/meetings/" + occurrenceId).json();
    assertThat(occurrence.path("meetingType").asText()).isEqualTo("scheduledMeeting");
    assertThat(api.get("/meetings?meetingType=sometimes").status()).isEqualTo(400);
    assertThat(
            api.get("/meetings?from=" + at(Duration.ofDays(2)) + "&to=" + at(Duration.ofDays(1)))
                .status())
        .isEqualTo(400);
  }

  @Test
  void listsByDefaultWindowAndState() {
    Api api = new Api(emu);
    EmulatedPerson host = emu.createPerson("window.mtg@example.com", "Window Host");
    Api as = api.as(host.token());
    String soon =
        create(as, meeting("Soon", Duration.ofMinutes(10), Duration.ofHours(1), ""))
            .path("id")
            .asText();
    String later =
        create(as, meeting("Later", Duration.ofDays(9), Duration.ofHours(1), ""))
            .path("id")
            .asText();
    List<JsonNode> listed = as.get("/meetings").items();
    assertThat(listed).extracting(m -> m.path("id").asText()).containsExactly(soon);
    List<JsonNode> ready = as.get("/meetings?meetingType=scheduledMeeting&state=ready").items();
    assertThat(ready)
        .singleElement()
        .satisfies(o -> assertThat(o.path("meetingSeriesId").asText()).isEqualTo(soon));
    assertThat(as.get("/meetings?from=" + at(Duration.ofDays(8))).items())
        .extracting(m -> m.path("id").asText())
        .containsExactly(later);
    assertThat(api.as(host.token()).get("/meetings?hostEmail=" + emu.admin().email()).status())
        .isEqualTo(403);
    assertThat(api.get("/meetings?hostEmail=window.mtg@example.com").items()).hasSize(1);
    assertThat(api.as(host.token()).get("/meetings/" + soon).status()).isEqualTo(200);
    EmulatedPerson other = emu.createPerson("other.mtg@example.com", "Other");
    assertThat(api.as(other.token()).get("/meetings/" + soon).status()).isEqualTo(404);
    assertThat(api.as(other.token()).get("/meetings").items()).isEmpty();
  }

  @Test
  void patchesAndPutsSeriesAndOccurrences() {
    Api api = new Api(emu);
    JsonNode series =
        create(
            api,
            meeting(
                "Edit me",
                Duration.ofDays(3),
                Duration.ofHours(1),
                ",\"agenda\":\"old\",\"enabledJoinBeforeHost\":true,\"recurrence\":\"FREQ=WEEKLY;COUNT=3\""));
    String id = series.path("id").asText();
    Api.Resp patched = api.patch("/meetings/" + id, "{\"title\":\"Edited\",\"agenda\":null}");
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().path("title").asText()).isEqualTo("Edited");
    assertThat(patched.json().has("agenda")).isFalse();
    assertThat(patched.json().path("enabledJoinBeforeHost").asBoolean()).isTrue();
    String occurrenceId = id + "_20260312T090000Z";
    Api.Resp moved =
        api.patch(
            "/meetings/" + occurrenceId,
            "{\"start\":\""
                + at(Duration.ofDays(10).plusHours(2))
                + "\",\"end\":\""
                + at(Duration.ofDays(10).plusHours(3))
                + "\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().path("isModified").asBoolean()).isTrue();
    assertThat(moved.json().path("start").asText()).isEqualTo("2026-03-12T11:00:00Z");
    assertThat(api.put("/meetings/" + id, "{\"title\":\"No times\"}").status()).isEqualTo(400);
    Api.Resp put =
        api.put(
            "/meetings/" + id, meeting("Replaced", Duration.ofDays(4), Duration.ofHours(2), ""));
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.json().path("title").asText()).isEqualTo("Replaced");
    assertThat(put.json().path("enabledJoinBeforeHost").asBoolean()).isFalse();
    assertThat(put.json().has("recurrence")).isFalse();
    assertThat(api.get("/meetings/" + occurrenceId).status()).isEqualTo(404);
    assertThat(
            api.patch("/meetings/" + id, "{\"start\":\"" + at(Duration.ofHours(-1)) + "\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void deletesOccurrencesAndSeries() {
    Api api = new Api(emu);
    String id =
        create(
                api,
                meeting(
                    "Bye",
                    Duration.ofDays(1),
                    Duration.ofHours(1),
                    ",\"recurrence\":\"FREQ=DAILY;COUNT=2\""))
            .path("id")
            .asText();
    String first = id + "_20260303T090000Z";
    assertThat(api.delete("/meetings/" + first + "?sendEmail=false").status()).isEqualTo(204);
    assertThat(api.get("/meetings/" + first).status()).isEqualTo(404);
    assertThat(api.get("/meetings?meetingType=scheduledMeeting&meetingSeriesId=" + id).items())
        .hasSize(1);
    assertThat(api.delete("/meetings/" + id).status()).isEqualTo(204);
    assertThat(api.get("/meetings/" + id).status()).isEqualTo(404);
    assertThat(api.delete("/meetings/" + id).status()).isEqualTo(404);
  }

  @Test
  void endingProducesAnEndedInstance() {
    Api api = new Api(emu);
    EmulatedPerson host = emu.createPerson("end.mtg@example.com", "End Host");
    Api as = api.as(host.token());
    JsonNode series =
        create(
            as,
            meeting(
                "Standup",
                Duration.ofMinutes(30),
                Duration.ofMinutes(15),
                ",\"enabledAutoRecordMeeting\":true"));
    String id = series.path("id").asText();
    assertThat(
            api.as(emu.createPerson("stranger.mtg@example.com", "S").token())
                .post("/meetings/" + id + "/end", "{}")
                .status())
        .isEqualTo(404);
    assertThat(as.post("/meetings/" + id + "/end", "{\"reason\":\"done\"}").status())
        .isEqualTo(204);
    assertThat(as.post("/meetings/" + id + "/end", "{}").status()).isEqualTo(400);
    assertThat(as.get("/meetings/" + id).json().path("state").asText()).isEqualTo("expired");
    List<JsonNode> instances = as.get("/meetings?meetingType=meeting").items();
    assertThat(instances).hasSize(1);
    JsonNode instance = instances.get(0);
    assertThat(instance.path("id").asText()).matches(id + "_I_[0-9]{18}");
    assertThat(instance.path("state").asText()).isEqualTo("ended");
    assertThat(instance.path("scheduledMeetingId").asText()).isEqualTo(id + "_20260302T093000Z");
    assertThat(instance.path("hasRecording").asBoolean()).isTrue();
    assertThat(instance.path("end").asText()).isEqualTo("2026-03-02T09:00:00Z");
    assertThat(as.get("/meetings?meetingType=meeting&hasRecording=true").items()).hasSize(1);
    String instanceId = instance.path("id").asText();
    assertThat(as.get("/meetings/" + instanceId).json().path("meetingType").asText())
        .isEqualTo("meeting");
    assertThat(as.patch("/meetings/" + instanceId, "{\"title\":\"x\"}").status()).isEqualTo(400);
    assertThat(as.delete("/meetings/" + instanceId).status()).isEqualTo(400);
    assertThat(as.get("/recordings").items())
        .singleElement()
        .satisfies(r -> assertThat(r.path("meetingId").asText()).isEqualTo(instanceId));
  }

  @Test
  void adhocMeetingsBelongToARoomAndAreReused() {
    Api api = new Api(emu);
    String roomId = api.post("/rooms", "{\"title\":\"Adhoc room\"}").json().path("id").asText();
    JsonNode adhoc = create(api, "{\"adhoc\":true,\"roomId\":\"" + roomId + "\"}");
    assertThat(adhoc.path("roomId").asText()).isEqualTo(roomId);
    assertThat(adhoc.path("timezone").asText()).isEqualTo("UTC");
    assertThat(adhoc.path("start").asText())
        .isEqualTo(at(Duration.ofMinutes(5)).replace(".000", ""));
    assertThat(create(api, "{\"adhoc\":true,\"roomId\":\"" + roomId + "\"}").path("id"))
        .isEqualTo(adhoc.path("id"));
    assertThat(api.post("/meetings", "{\"adhoc\":true}").status()).isEqualTo(400);
    EmulatedPerson outsider = emu.createPerson("adhoc.out@example.com", "Out");
    assertThat(
            api.as(outsider.token())
                .post("/meetings", "{\"adhoc\":true,\"roomId\":\"" + roomId + "\"}")
                .status())
        .isEqualTo(404);
    String id = adhoc.path("id").asText();
    assertThat(api.get("/meetings?roomId=" + roomId).items()).isEmpty();
    assertThat(api.patch("/meetings/" + id, "{\"title\":\"x\"}").status()).isEqualTo(400);
    assertThat(api.delete("/meetings/" + id).status()).isEqualTo(400);
  }

  @Test
  void listDefaultsToTenItemsAndClampsMax() {
    Api api = new Api(emu);
    EmulatedPerson host = emu.createPerson("many.mtg@example.com", "Many");
    Api as = api.as(host.token());
    create(
        as,
        meeting(
            "Many",
            Duration.ofHours(1),
            Duration.ofMinutes(30),
            ",\"recurrence\":\"FREQ=DAILY;COUNT=12\""));
    String window =
        "/meetings?meetingType=scheduledMeeting&to="
            + at(Duration.ofDays(14))
            + "&from="
            + at(Duration.ZERO);
    Api.Resp first = as.get(window);
    assertThat(first.items()).hasSize(10);
    assertThat(first.next()).isPresent();
    Api.Resp clamped = as.get(window + "&max=500");
    assertThat(clamped.items()).hasSize(12);
    assertThat(clamped.header("Link")).isNull();
    assertThat(as.get(window + "&max=0").status()).isEqualTo(400);
  }

  @Test
  void extremeInputsAreRefusedNotCrashed() {
    Api api = new Api(emu);
    assertThat(
            api.post(
                    "/meetings",
                    "{\"title\":\"Far\",\"start\":\"+99999-01-01T00:00:00Z\",\"end\":\"+99999-01-01T01:00:00Z\"}")
                .status())
        .isEqualTo(400);
    JsonNode yearly =
        create(
            api,
            meeting(
                "Huge interval",
                Duration.ofDays(1),
                Duration.ofHours(1),
                ",\"recurrence\":\"FREQ=YEARLY;INTERVAL=2147483647\""));
    assertThat(api.get("/meetings/" + yearly.path("id").asText()).status()).isEqualTo(200);
    assertThat(api.get("/meetings?from=0001-01-01T00:00:00Z").status()).isEqualTo(400);
  }
}
