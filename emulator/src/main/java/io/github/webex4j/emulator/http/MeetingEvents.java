package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.LicenseStore;
import io.github.webex4j.emulator.store.MeetingStore;
import io.github.webex4j.emulator.store.MeetingStore.Found;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.RecordingStore.Recording;
import io.github.webex4j.emulator.store.RuleViolation;
import io.github.webex4j.emulator.store.World;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Webhook events of the {@code meetings} (created, updated, deleted, started, ended) and {@code
 * recordings} (created) resources. They have no room: only the host's own webhooks and org webhooks
 * of admins or compliance officers receive them (see {@link Events#publishPrivate}). {@code data}
 * holds the meeting's ids, times, type, state and host, never passwords or host keys. Call under
 * the world lock.
 */
public final class MeetingEvents {
  /** The meeting fields a webhook's {@code data} carries (no passwords, no host key). */
  private static final List<String> MEETING_FIELDS =
      List.of(
          "id",
          "meetingSeriesId",
          "scheduledMeetingId",
          "meetingNumber",
          "title",
          "start",
          "end",
          "timezone",
          "meetingType",
          "state",
          "scheduledType",
          "hostUserId",
          "hostDisplayName",
          "hostEmail",
          "siteUrl",
          "webLink",
          "roomId");

  private static final List<String> RECORDING_FIELDS =
      List.of(
          "id",
          "meetingId",
          "scheduledMeetingId",
          "meetingSeriesId",
          "topic",
          "createTime",
          "timeRecorded",
          "siteUrl",
          "format",
          "serviceType",
          "durationSeconds",
          "sizeBytes",
          "status");

  /** The zone webhook data is rendered in. */
  static final ZoneId UTC = ZoneId.of("UTC");

  private MeetingEvents() {}

  /**
   * Publishes a meetings event.
   *
   * @param type created, updated, deleted or ended
   * @param actor who caused it
   * @param rendered the meeting as the API shows it (UTC); its sensitive fields are not copied
   */
  static void meeting(World world, String type, Person actor, ObjectNode rendered) {
    ObjectNode data = pick(rendered, MEETING_FIELDS);
    String hostId = rendered.path("hostUserId").asText();
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    attributes.put("hostUserId", List.of(hostId));
    attributes.put("hostEmail", List.of(rendered.path("hostEmail").asText()));
    attributes.put("siteUrl", List.of(LicenseStore.SITE_URL));
    attributes.put("meetingType", List.of(rendered.path("meetingType").asText()));
    List<String> meetingIds = new ArrayList<>();
    for (String field : List.of("id", "meetingSeriesId", "scheduledMeetingId")) {
      if (rendered.hasNonNull(field)) {
        meetingIds.add(rendered.get(field).asText());
      }
    }
    attributes.put("meetingId", meetingIds);
    Events.publishPrivate(world, "meetings", type, actor, hostId, data, attributes);
  }

  /** Publishes a recordings {@code created} event to the recording's host. */
  static void recordingCreated(World world, Person actor, Recording recording) {
    ObjectNode data = pick(RecordingsApi.render(recording, UTC), RECORDING_FIELDS);
    String email = world.people.find(recording.hostId).map(p -> p.email).orElse("");
    data.put("ownerId", recording.hostId);
    data.put("ownerEmail", email);
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    attributes.put("ownerId", List.of(recording.hostId));
    attributes.put("ownerEmail", List.of(email));
    attributes.put("hostUserId", List.of(recording.hostId));
    attributes.put("hostEmail", List.of(email));
    attributes.put("siteUrl", List.of(LicenseStore.SITE_URL));
    attributes.put("serviceType", List.of(recording.serviceType));
    attributes.put(
        "meetingId",
        List.of(
            recording.instance.id,
            recording.instance.scheduledMeetingId,
            recording.instance.series.id));
    Events.publishPrivate(
        world, "recordings", "created", actor, recording.hostId, data, attributes);
  }

  /**
   * Ends a meeting as the control API does (as if held by its host for its scheduled length up to
   * now), records it and publishes meetings {@code ended} and recordings {@code created} with the
   * host as actor.
   *
   * @throws RuleViolation 404 for an unknown id, 400 when nothing is left to end
   */
  public static Recording endAndRecord(World world, String meetingId) {
    Found found =
        world
            .meetings
            .find(meetingId)
            .orElseThrow(() -> RuleViolation.notFound("Meeting not found."));
    MeetingStore.Instance instance = world.meetings.end(found);
    Recording recording = world.recordings.record(instance);
    Person host = world.people.find(instance.series.hostId).orElse(world.admin());
    publishEnded(world, host, instance, recording);
    return recording;
  }

  /**
   * Starts a meeting as the control API does (its host opens it now) and publishes meetings {@code
   * started} with the host as actor [?]: Webex documents the event, not when it fires.
   *
   * @return the started occurrence as the API shows it (UTC)
   * @throws RuleViolation 404 for an unknown id, 400 when nothing is left to start or it is already
   *     in progress
   */
  public static ObjectNode startAndPublish(World world, String meetingId) {
    Found found =
        world
            .meetings
            .find(meetingId)
            .orElseThrow(() -> RuleViolation.notFound("Meeting not found."));
    MeetingStore.Occurrence occurrence = world.meetings.start(found);
    Person host = world.people.find(occurrence.series().hostId).orElse(world.admin());
    ObjectNode rendered = new MeetingsApi(world).renderOccurrence(occurrence, UTC);
    meeting(world, "started", host, rendered);
    return rendered;
  }

  /** Publishes meetings {@code ended} and, when there is one, recordings {@code created}. */
  static void publishEnded(
      World world, Person actor, MeetingStore.Instance instance, Recording recordingOrNull) {
    meeting(world, "ended", actor, new MeetingsApi(world).renderInstance(instance, UTC));
    if (recordingOrNull != null) {
      recordingCreated(world, actor, recordingOrNull);
    }
  }

  private static ObjectNode pick(ObjectNode source, List<String> fields) {
    ObjectNode out = Json.object();
    for (String field : fields) {
      JsonNode value = source.get(field);
      if (value != null && !value.isNull()) {
        out.set(field, value.deepCopy());
      }
    }
    return out;
  }
}
