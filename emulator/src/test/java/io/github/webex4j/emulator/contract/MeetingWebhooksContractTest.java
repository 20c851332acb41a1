package io.github.webex4j.emulator.contract;

import static io.github.webex4j.emulator.contract.Api.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.EndedMeeting;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebhookDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Meetings and recordings webhooks: what fires, with which data, and who may receive it. */
class MeetingWebhooksContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-04-01T08:00:00Z"));
  private static WebexEmulator emu;
  private static Receiver receiver;

  @BeforeAll
  static void start() {
    emu = WebexEmulator.builder().clock(CLOCK).start();
    receiver = new Receiver();
  }

  @AfterAll
  static void stop() {
    emu.close();
    receiver.close();
  }

  private static String hook(Api api, String resource, String event, String extra) {
    Api.Resp resp =
        api.post(
            "/webhooks",
            "{\"name\":\"m\",\"targetUrl\":"
                + q(receiver.url())
                + ",\"resource\":\""
                + resource
                + "\",\"event\":\""
                + event
                + "\""
                + extra
                + "}");
    assertThat(resp.status()).as(resp.body()).isEqualTo(200);
    return resp.json().path("id").asText();
  }

  private static String meeting(Api api, String title) {
    Instant start = CLOCK.instant().plus(Duration.ofMinutes(30));
    Api.Resp resp =
        api.post(
            "/meetings",
            "{\"title\":"
                + q(title)
                + ",\"password\":\"Secret123\",\"start\":\""
                + start
                + "\",\"end\":\""
                + start.plus(Duration.ofMinutes(30))
                + "\"}");
    assertThat(resp.status()).as(resp.body()).isEqualTo(200);
    return resp.json().path("id").asText();
  }

  @Test
  void meetingEventsReachTheHostAndOrgWebhooksOnly() throws Exception {
    EmulatedPerson host = emu.createPerson("mw.host@example.com", "Host");
    EmulatedPerson other = emu.createPerson("mw.other@example.com", "Other");
    Api admin = new Api(emu);
    Api asHost = admin.as(host.token());
    Api asOther = admin.as(other.token());
    int before = emu.webhookDeliveries().size();
    String hostAll = hook(asHost, "meetings", "all", "");
    String hostRecordings = hook(asHost, "recordings", "created", "");
    String otherFirehose = hook(asOther, "all", "all", "");
    String adminPersonal = hook(admin, "meetings", "all", "");
    String adminOrg =
        hook(
            admin,
            "meetings",
            "ended",
            ",\"ownedBy\":\"org\",\"filter\":\"hostEmail=mw.host%40example.com\"");

    String kept = meeting(asHost, "Kept");
    assertThat(asHost.patch("/meetings/" + kept, "{\"title\":\"Renamed\"}").status())
        .isEqualTo(200);
    String dropped = meeting(asHost, "Dropped");
    assertThat(asHost.delete("/meetings/" + dropped).status()).isEqualTo(204);
    CLOCK.advance(Duration.ofHours(1));
    EndedMeeting ended = emu.endMeeting(kept);
    String marker = meeting(asOther, "Marker");

    List<WebhookDelivery> all =
        emu.awaitWebhookDeliveries(before + 8, Duration.ofSeconds(10)).stream()
            .skip(before)
            .toList();
    Map<String, List<WebhookDelivery>> byHook =
        all.stream().collect(Collectors.groupingBy(WebhookDelivery::webhookId));
    assertThat(byHook.get(hostAll))
        .extracting(WebhookDelivery::event)
        .containsExactlyInAnyOrder("created", "updated", "created", "deleted", "ended");
    assertThat(byHook.get(hostRecordings)).singleElement();
    assertThat(byHook.get(adminOrg)).extracting(WebhookDelivery::event).containsExactly("ended");
    assertThat(byHook.get(otherFirehose))
        .singleElement()
        .satisfies(d -> assertThat(data(d).path("id").asText()).isEqualTo(marker));
    assertThat(byHook).doesNotContainKey(adminPersonal);
    assertThat(all).hasSize(8);

    JsonNode endedEnvelope = body(byHook.get(adminOrg).get(0));
    assertThat(endedEnvelope.path("resource").asText()).isEqualTo("meetings");
    assertThat(endedEnvelope.path("actorId").asText()).isEqualTo(host.id());
    JsonNode endedData = endedEnvelope.path("data");
    assertThat(endedData.path("id").asText()).isEqualTo(ended.instanceId());
    assertThat(endedData.path("meetingSeriesId").asText()).isEqualTo(kept);
    assertThat(endedData.path("meetingType").asText()).isEqualTo("meeting");
    assertThat(endedData.path("state").asText()).isEqualTo("ended");
    assertThat(endedData.path("hostUserId").asText()).isEqualTo(host.id());
    assertThat(endedData.path("title").asText()).isEqualTo("Renamed");
    assertThat(endedData.has("password")).isFalse();
    assertThat(endedData.has("hostKey")).isFalse();

    JsonNode recording = body(byHook.get(hostRecordings).get(0));
    assertThat(recording.path("resource").asText()).isEqualTo("recordings");
    assertThat(recording.path("event").asText()).isEqualTo("created");
    assertThat(recording.path("data").path("id").asText()).isEqualTo(ended.recordingId());
    assertThat(recording.path("data").path("meetingId").asText()).isEqualTo(ended.instanceId());
    assertThat(recording.path("data").path("ownerId").asText()).isEqualTo(host.id());
    assertThat(recording.path("data").has("password")).isFalse();
    assertThat(asHost.get("/recordings/" + ended.recordingId()).status()).isEqualTo(200);
  }

  @Test
  void apiEndPublishesEndedAndAutoRecordingsCreated() throws Exception {
    EmulatedPerson host = emu.createPerson("mw.auto@example.com", "Auto");
    Api asHost = new Api(emu).as(host.token());
    String hookId = hook(asHost, "all", "all", "");
    Instant start = CLOCK.instant().plus(Duration.ofMinutes(5));
    String id =
        asHost
            .post(
                "/meetings",
                "{\"title\":\"Auto\",\"enabledAutoRecordMeeting\":true,\"start\":\""
                    + start
                    + "\",\"end\":\""
                    + start.plus(Duration.ofMinutes(20))
                    + "\"}")
            .json()
            .path("id")
            .asText();
    assertThat(asHost.post("/meetings/" + id + "/end", "").status()).isEqualTo(204);
    List<WebhookDelivery> mine = awaitFor(hookId, 3);
    assertThat(mine)
        .extracting(d -> d.resource() + "/" + d.event())
        .containsExactlyInAnyOrder("meetings/created", "meetings/ended", "recordings/created");
  }

  @Test
  void controlStartPublishesStartedAndEndRecordsFromTheStart() throws Exception {
    EmulatedPerson host = emu.createPerson("mw.start@example.com", "Starter");
    Api admin = new Api(emu);
    Api asHost = admin.as(host.token());
    String hookId = hook(asHost, "meetings", "started", "");
    String id = meeting(asHost, "Started");
    CLOCK.advance(Duration.ofMinutes(25));
    Api.Resp started = admin.post("/_emulator/meetings/" + id + "/start", "");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String occurrenceId = started.json().path("meeting").path("id").asText();
    assertThat(started.json().path("meeting").path("state").asText()).isEqualTo("inProgress");
    assertThat(asHost.get("/meetings/" + occurrenceId).json().path("state").asText())
        .isEqualTo("inProgress");
    assertThat(admin.post("/_emulator/meetings/" + id + "/start", "").status())
        .as("already in progress [?]")
        .isEqualTo(400);
    assertThat(
            admin.post("/_emulator/meetings/0123456789abcdef0123456789abcdef/start", "").status())
        .isEqualTo(404);

    List<WebhookDelivery> mine = awaitFor(hookId, 1);
    assertThat(mine).singleElement();
    JsonNode envelope = body(mine.get(0));
    assertThat(envelope.path("resource").asText()).isEqualTo("meetings");
    assertThat(envelope.path("event").asText()).isEqualTo("started");
    assertThat(envelope.path("actorId").asText()).isEqualTo(host.id());
    assertThat(envelope.path("data").path("id").asText()).isEqualTo(occurrenceId);
    assertThat(envelope.path("data").path("meetingSeriesId").asText()).isEqualTo(id);

    Instant startedAt = CLOCK.instant();
    CLOCK.advance(Duration.ofMinutes(7));
    EndedMeeting ended = emu.endMeeting(id);
    JsonNode instance = asHost.get("/meetings/" + ended.instanceId()).json();
    assertThat(Instant.parse(instance.path("start").asText())).isEqualTo(startedAt);
    assertThat(Duration.between(startedAt, Instant.parse(instance.path("end").asText())))
        .isEqualTo(Duration.ofMinutes(7));
  }

  @Test
  void startMeetingMirrorStartsOnce() {
    EmulatedPerson host = emu.createPerson("mw.mirror@example.com", "Mirror");
    String id = meeting(new Api(emu).as(host.token()), "Mirror");
    assertThat(emu.startMeeting(id)).startsWith(id + "_");
    assertThatThrownBy(() -> emu.startMeeting(id)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> emu.startMeeting("0123456789abcdef0123456789abcdef"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void endMeetingMirrorRefusesUnknownAndEndedMeetings() {
    EmulatedPerson host = emu.createPerson("mw.once@example.com", "Once");
    String id = meeting(new Api(emu).as(host.token()), "Once");
    assertThatThrownBy(() -> emu.endMeeting("0123456789abcdef0123456789abcdef"))
        .isInstanceOf(IllegalArgumentException.class);
    EndedMeeting ended = emu.endMeeting(id);
    assertThat(ended.instanceId()).startsWith(id + "_I_");
    assertThat(ended.recordingId()).matches("[0-9a-f]{32}");
    assertThatThrownBy(() -> emu.endMeeting(id)).isInstanceOf(IllegalStateException.class);
  }

  /** Waits (at most 10 s, woken by each delivery) until {@code hookId} has {@code count}. */
  private static List<WebhookDelivery> awaitFor(String hookId, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    List<WebhookDelivery> mine = List.of();
    while (mine.size() < count && System.nanoTime() < deadline) {
      List<WebhookDelivery> all = emu.webhookDeliveries();
      mine = all.stream().filter(d -> d.webhookId().equals(hookId)).toList();
      if (mine.size() < count) {
        emu.awaitWebhookDeliveries(all.size() + 1, Duration.ofMillis(500));
      }
    }
    return mine;
  }

  private static JsonNode body(WebhookDelivery delivery) throws Exception {
    return JSON.readTree(delivery.body());
  }

  private static JsonNode data(WebhookDelivery delivery) throws Exception {
    return body(delivery).path("data");
  }
}
