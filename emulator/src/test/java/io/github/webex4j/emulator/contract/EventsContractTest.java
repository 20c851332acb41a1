package io.github.webex4j.emulator.contract;

import static io.github.webex4j.emulator.contract.Api.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.EndedMeeting;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.emulator.WebexEmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WebexEmulatorExtension.class)
class EventsContractTest {

  @Test
  void recordsMessageAndMembershipEventsWithFilters(
      @WebexEmulatorExtension.Fresh WebexEmulator emu) {
    EmulatedPerson ana = emu.createPerson("ana@events.example.com", "Ana");
    EmulatedPerson bob = emu.createPerson("bob@events.example.com", "Bob");
    Api asAna = new Api(emu).as(ana.token());
    String roomId = asAna.post("/rooms", "{\"title\":\"audited\"}").json().path("id").asText();
    String membershipId =
        asAna
            .post("/memberships", "{\"roomId\":" + q(roomId) + ",\"personId\":" + q(bob.id()) + "}")
            .json()
            .path("id")
            .asText();
    String messageId =
        asAna
            .post("/messages", "{\"roomId\":" + q(roomId) + ",\"text\":\"audited text\"}")
            .json()
            .path("id")
            .asText();
    asAna.put("/messages/" + messageId, "{\"roomId\":" + q(roomId) + ",\"text\":\"edited\"}");
    asAna.put("/memberships/" + membershipId, "{\"isModerator\":true}");
    asAna.delete("/messages/" + messageId);
    asAna.delete("/memberships/" + membershipId);

    Api admin = new Api(emu);
    List<JsonNode> all = Paths.pageAll(admin, "/events?max=1", 1, 7);
    assertThat(all)
        .as("creator's membership, bob's, message x3, membership update, delete")
        .hasSize(7);
    assertThat(all.get(0).path("type").asText()).isEqualTo("deleted");
    assertThat(all.get(0).path("resource").asText()).isEqualTo("memberships");
    JsonNode created = admin.get("/events?resource=messages&type=created").items().get(0);
    assertThat(created.path("data").path("text").asText()).isEqualTo("audited text");
    assertThat(created.path("actorId").asText()).isEqualTo(ana.id());
    assertThat(created.path("orgId").asText()).isNotEmpty();
    assertThat(admin.get("/events?resource=memberships").items()).hasSize(4);
    assertThat(admin.get("/events?type=updated").items()).hasSize(2);
    assertThat(admin.get("/events?actorId=" + bob.id()).items()).isEmpty();
    String from = all.get(2).path("created").asText();
    String to = all.get(0).path("created").asText();
    assertThat(admin.get("/events?from=" + from + "&to=" + to).items()).hasSize(2);
    assertThat(admin.get("/events?type=bogus").status()).isEqualTo(400);
    assertThat(admin.get("/events?from=yesterday").status()).isEqualTo(400);
    String eventId = created.path("id").asText();
    assertThat(admin.get("/events/" + eventId).json().path("id").asText()).isEqualTo(eventId);
    assertThat(admin.get("/events/nope").status()).isEqualTo(404);
    assertThat(asAna.get("/events").status()).isEqualTo(403);
    assertThat(asAna.get("/events/" + eventId).status()).isEqualTo(403);
  }

  @Test
  void recordsMeetingAndRecordingEvents(@WebexEmulatorExtension.Fresh WebexEmulator emu) {
    EmulatedPerson host = emu.createPerson("host@events.example.com", "Host");
    Api asHost = new Api(emu).as(host.token());
    Instant start = Instant.now().plus(Duration.ofMinutes(30));
    String body =
        "{\"title\":\"Audited\",\"start\":\""
            + start
            + "\",\"end\":\""
            + start.plus(Duration.ofMinutes(30))
            + "\"}";
    String meetingId = asHost.post("/meetings", body).json().path("id").asText();
    asHost.patch("/meetings/" + meetingId, "{\"title\":\"Audited 2\"}");
    EndedMeeting ended = emu.endMeeting(meetingId);

    Api admin = new Api(emu);
    List<JsonNode> meetings = admin.get("/events?resource=meetings").items();
    assertThat(meetings)
        .extracting(e -> e.path("type").asText())
        .containsExactly("ended", "updated", "created");
    assertThat(meetings.get(0).path("data").path("id").asText()).isEqualTo(ended.instanceId());
    assertThat(meetings.get(2).path("data").path("id").asText()).isEqualTo(meetingId);
    assertThat(meetings.get(2).path("actorId").asText()).isEqualTo(host.id());
    assertThat(meetings.get(2).path("data").has("password")).isFalse();
    assertThat(admin.get("/events?resource=meetings&type=ended").items()).hasSize(1);
    List<JsonNode> recordings = admin.get("/events?resource=convergedRecordings").items();
    assertThat(recordings).singleElement();
    assertThat(recordings.get(0).path("type").asText()).isEqualTo("created");
    assertThat(recordings.get(0).path("data").path("id").asText()).isEqualTo(ended.recordingId());
    assertThat(admin.get("/events?resource=convergedRecordings&serviceType=calling").items())
        .as("emulated recordings are meeting recordings [?]")
        .isEmpty();
    assertThat(admin.get("/events?serviceType=meetings").status()).isEqualTo(400);
    String eventId = recordings.get(0).path("id").asText();
    assertThat(admin.get("/events/" + eventId).json().path("resource").asText())
        .isEqualTo("convergedRecordings");
  }
}
