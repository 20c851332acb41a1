package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.AttachmentAction;
import io.github.webex4j.emulator.store.DomainEvent;
import io.github.webex4j.emulator.store.LicenseStore;
import io.github.webex4j.emulator.store.MeetingStore;
import io.github.webex4j.emulator.store.Membership;
import io.github.webex4j.emulator.store.Message;
import io.github.webex4j.emulator.store.RecordingStore.Recording;
import io.github.webex4j.emulator.store.Room;
import io.github.webex4j.emulator.store.StoreChange;
import io.github.webex4j.emulator.store.World;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns what a store did ({@link StoreChange}) into the event webhooks deliver and {@code /events}
 * lists: the ids-only {@code data} of a webhook, the full representation, and the attributes
 * webhook filters match. Room events (memberships, rooms, messages, attachment actions) reach the
 * room's members; meetings (created, updated, deleted, started, ended) and recordings (created)
 * have no room and reach only the host's own webhooks and org webhooks of admins or compliance
 * officers, with times, type, state and host in {@code data}, never passwords or host keys. Runs
 * under the world lock, as the change happens.
 */
public final class EventRenderer implements Function<StoreChange, DomainEvent> {
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

  /** The zone meeting and recording data is rendered in. */
  private static final ZoneId UTC = ZoneId.of("UTC");

  private final World world;
  private final MeetingRenderer meetings;

  /** Renders the changes of {@code world}. */
  public EventRenderer(World world) {
    this.world = world;
    this.meetings = new MeetingRenderer(world);
  }

  @Override
  public DomainEvent apply(StoreChange change) {
    Object subject = change.subject();
    if (subject instanceof Membership m) {
      return membership(change, m);
    }
    if (subject instanceof Room r) {
      return room(change, r);
    }
    if (subject instanceof Message m) {
      return message(change, m);
    }
    if (subject instanceof AttachmentAction a) {
      return attachmentAction(change, a);
    }
    if (subject instanceof Recording r) {
      return recording(change, r);
    }
    if (subject instanceof MeetingStore.Series s) {
      return meeting(change, meetings.series(s, UTC, false));
    }
    if (subject instanceof MeetingStore.Occurrence o) {
      return meeting(change, meetings.occurrence(o, UTC));
    }
    if (subject instanceof MeetingStore.Instance i) {
      return meeting(change, meetings.instance(i, UTC));
    }
    throw new IllegalArgumentException("No event for " + subject.getClass().getName());
  }

  private DomainEvent membership(StoreChange change, Membership membership) {
    ObjectNode full = MembershipRenderer.render(world, membership);
    String email = full.path("personEmail").asText(null);
    return inRoom(
        change,
        membership.roomId,
        full.deepCopy(),
        full,
        Map.of(
            "roomId", List.of(membership.roomId),
            "personId", List.of(membership.personId),
            "personEmail", email == null ? List.of() : List.of(email),
            "isModerator", List.of(Boolean.toString(membership.isModerator))));
  }

  private DomainEvent room(StoreChange change, Room room) {
    ObjectNode data = Json.object();
    data.put("id", room.id);
    data.put("type", room.type);
    data.put("isLocked", room.isLocked);
    Json.put(data, "teamId", room.teamId);
    Json.put(data, "lastActivity", room.lastActivity);
    Json.put(data, "created", room.created);
    data.put("creatorId", room.creatorId);
    return inRoom(
        change,
        room.id,
        data,
        RoomRenderer.render(world, room, change.actor()),
        Map.of(
            "type", List.of(room.type),
            "isLocked", List.of(Boolean.toString(room.isLocked))));
  }

  /** File links are built on the API root of the request that made the change. */
  private DomainEvent message(StoreChange change, Message message) {
    ObjectNode full = MessageRenderer.render(world, message, world.apiRoot());
    ObjectNode data = Json.object();
    data.put("id", message.id);
    data.put("roomId", message.roomId);
    Json.put(data, "parentId", message.parentId);
    data.put("roomType", full.path("roomType").asText());
    data.put("personId", message.personId);
    Json.put(data, "personEmail", full.path("personEmail").asText(null));
    if (full.has("mentionedPeople")) {
      data.set("mentionedPeople", full.get("mentionedPeople").deepCopy());
    }
    if (full.has("files")) {
      data.set("files", full.get("files").deepCopy());
    }
    Json.put(data, "created", message.created);
    Json.put(data, "updated", message.updated);
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    attributes.put("roomId", List.of(message.roomId));
    attributes.put("roomType", List.of(full.path("roomType").asText()));
    attributes.put("personId", List.of(message.personId));
    attributes.put("personEmail", List.of(full.path("personEmail").asText("")));
    attributes.put("mentionedPeople", message.mentionedPeople);
    attributes.put("hasFiles", List.of(Boolean.toString(!message.contentIds.isEmpty())));
    return inRoom(change, message.roomId, data, full, attributes);
  }

  private DomainEvent attachmentAction(StoreChange change, AttachmentAction action) {
    ObjectNode data = AttachmentActionRenderer.render(action);
    data.remove("inputs");
    return inRoom(
        change,
        action.roomId(),
        data,
        AttachmentActionRenderer.render(action),
        Map.of(
            "messageId", List.of(action.messageId()),
            "personId", List.of(action.personId()),
            "roomId", List.of(action.roomId())));
  }

  /** {@code rendered} is the meeting as the API shows it (UTC); sensitive fields are not copied. */
  private DomainEvent meeting(StoreChange change, ObjectNode rendered) {
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
    return ownedBy(change, hostId, data, attributes);
  }

  private DomainEvent recording(StoreChange change, Recording recording) {
    ObjectNode data = pick(RecordingRenderer.render(recording, UTC), RECORDING_FIELDS);
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
    return ownedBy(change, recording.hostId, data, attributes);
  }

  /** An event of a room: its members' webhooks may see it. */
  private DomainEvent inRoom(
      StoreChange change,
      String roomId,
      ObjectNode webhookData,
      ObjectNode fullData,
      Map<String, List<String>> attributes) {
    return new DomainEvent(
        change.resource(),
        change.type(),
        change.actor().id,
        roomId,
        null,
        webhookData,
        fullData,
        attributes,
        world.timestamps().next());
  }

  /**
   * An event that belongs to one person ({@code ownerId}, e.g. a meeting's host) rather than to a
   * room; {@code /events} lists the webhook data as the event's {@code data}.
   */
  private DomainEvent ownedBy(
      StoreChange change,
      String ownerId,
      ObjectNode webhookData,
      Map<String, List<String>> attributes) {
    return new DomainEvent(
        change.resource(),
        change.type(),
        change.actor().id,
        null,
        ownerId,
        webhookData,
        webhookData,
        attributes,
        world.timestamps().next());
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
