package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.AdminAuditStore.AuditEvent;
import io.github.webex4j.emulator.store.GroupStore.Group;
import io.github.webex4j.emulator.store.MeetingStore.Instance;
import io.github.webex4j.emulator.store.MeetingStore.Series;
import io.github.webex4j.emulator.store.RecordingStore.Recording;
import io.github.webex4j.emulator.store.RegistrantStore.Registrant;
import io.github.webex4j.emulator.store.RoomTabStore.RoomTab;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of a {@link WorldSnapshot} beyond people, teams, rooms, memberships and messages: files
 * (their bytes in base64), webhooks, room tabs, groups, admin audit events, meetings (series with
 * their changed and cancelled occurrences, ended instances, started occurrences), registrants and
 * recordings. Ids are kept as exported; references to people and rooms follow the snapshot's (so
 * they survive the admin's new id).
 */
final class SnapshotSections {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final World world;
  private final WorldSnapshot refs;
  private final Map<String, String> fileIds = new HashMap<>();
  private final Map<String, Series> series = new HashMap<>();
  private final Map<String, Instance> instances = new HashMap<>();

  SnapshotSections(World world, WorldSnapshot refs) {
    this.world = world;
    this.refs = refs;
  }

  // ---- export ----

  static void exportFiles(World world, ObjectNode root) {
    ArrayNode files = root.putArray("files");
    for (Content c : world.messages.contents()) {
      files
          .addObject()
          .put("id", c.id())
          .put("roomId", c.roomId())
          .put("filename", c.filename())
          .put("contentType", c.contentType())
          .put("base64", Base64.getEncoder().encodeToString(bytes(c.blob())));
    }
  }

  private static byte[] bytes(Blob blob) {
    try (InputStream in = blob.open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("A stored file cannot be read", e);
    }
  }

  static void exportRest(World world, ObjectNode root) {
    exportWebhooks(world, root.putArray("webhooks"));
    ArrayNode tabs = root.putArray("roomTabs");
    for (RoomTab t : world.roomTabs.all()) {
      ObjectNode node = tabs.addObject().put("id", t.id()).put("roomId", t.roomId());
      node.put("roomType", t.roomType()).put("displayName", t.displayName());
      node.put("contentUrl", t.contentUrl()).put("creatorId", t.creatorId());
      node.put("created", Timestamps.format(t.created()));
    }
    ArrayNode groups = root.putArray("groups");
    for (Group g : world.groups.all()) {
      ObjectNode node = groups.addObject().put("id", g.id).put("displayName", g.displayName);
      put(node, "description", g.description);
      put(node, "externalId", g.externalId);
      node.set("members", WorldSnapshot.strings(List.copyOf(g.memberIds)));
      node.put("created", Timestamps.format(g.created));
      node.put("lastModified", Timestamps.format(g.lastModified));
    }
    exportAudit(world, root.putArray("adminAuditEvents"));
    exportMeetings(world, root);
  }

  private static void exportWebhooks(World world, ArrayNode webhooks) {
    for (Webhook w : world.webhooks.all()) {
      ObjectNode node = webhooks.addObject().put("id", w.id).put("name", w.name);
      node.put("targetUrl", w.targetUrl).put("resource", w.resource).put("event", w.event);
      put(node, "filter", w.filter);
      put(node, "secret", w.secret);
      node.put("ownedBy", w.ownedBy).put("status", w.status);
      node.put("consecutiveFailures", w.consecutiveFailures);
      node.put("createdBy", w.createdBy).put("created", Timestamps.format(w.created));
    }
  }

  private static void exportAudit(World world, ArrayNode events) {
    for (AuditEvent e : world.adminAudit.all()) {
      ObjectNode node = events.addObject().put("id", e.id());
      node.put("created", Timestamps.format(e.created()));
      put(node, "actorId", e.actorId());
      put(node, "actorOrgId", e.actorOrgId());
      put(node, "actorName", e.actorName());
      put(node, "actorEmail", e.actorEmail());
      put(node, "actorOrgName", e.actorOrgName());
      if (e.adminRoles() != null) {
        node.set("adminRoles", WorldSnapshot.strings(e.adminRoles()));
      }
      put(node, "eventCategory", e.eventCategory());
      put(node, "eventDescription", e.eventDescription());
      put(node, "actionText", e.actionText());
      put(node, "targetType", e.targetType());
      put(node, "targetId", e.targetId());
      put(node, "targetName", e.targetName());
      put(node, "targetOrgId", e.targetOrgId());
      put(node, "targetOrgName", e.targetOrgName());
    }
  }

  private static void exportMeetings(World world, ObjectNode root) {
    ArrayNode meetings = root.putArray("meetings");
    ArrayNode registrants = root.putArray("registrants");
    for (Series s : world.meetings.allSeries()) {
      ObjectNode node = meetings.addObject().put("id", s.id).put("hostId", s.hostId);
      node.put("created", Timestamps.format(s.created)).put("adhoc", s.adhoc);
      put(node, "title", s.title);
      put(node, "agenda", s.agenda);
      put(node, "password", s.password);
      put(node, "timezone", s.timezone);
      put(node, "recurrence", s.recurrence);
      put(node, "scheduledType", s.scheduledType);
      put(node, "roomId", s.roomId);
      node.put("start", Timestamps.format(s.start)).put("end", Timestamps.format(s.end));
      node.set("settings", s.settings.deepCopy());
      if (s.registration != null) {
        node.set("registration", s.registration.deepCopy());
      }
      ArrayNode changed = node.putArray("changedOccurrences");
      for (MeetingStore.ChangedOccurrence c : MeetingStore.exceptions(s)) {
        ObjectNode o = changed.addObject().put("id", c.occurrenceId());
        put(o, "title", c.title());
        put(o, "agenda", c.agenda());
        putTime(o, "start", c.start());
        putTime(o, "end", c.end());
      }
      node.set("cancelledOccurrences", WorldSnapshot.strings(MeetingStore.cancelled(s)));
      for (Registrant r : world.registrants.list(s.id)) {
        registrants
            .addObject()
            .put("id", r.id)
            .put("meetingId", r.meetingId)
            .put("firstName", r.firstName)
            .put("lastName", r.lastName)
            .put("email", r.email)
            .put("status", r.status)
            .put("registrationTime", Timestamps.format(r.registrationTime))
            .set("fields", r.fields.deepCopy());
      }
    }
    ArrayNode ended = root.putArray("meetingInstances");
    for (Instance i : world.meetings.allInstances()) {
      ObjectNode node = ended.addObject().put("id", i.id).put("meetingSeriesId", i.series.id);
      node.put("scheduledMeetingId", i.scheduledMeetingId);
      put(node, "title", i.title);
      node.put("start", Timestamps.format(i.start)).put("end", Timestamps.format(i.end));
    }
    ArrayNode started = root.putArray("startedOccurrences");
    new TreeMap<>(world.meetings.started())
        .forEach(
            (id, at) -> started.addObject().put("id", id).put("started", Timestamps.format(at)));
    ArrayNode recordings = root.putArray("recordings");
    List<Recording> oldestFirst = new ArrayList<>(world.recordings.newestFirst());
    Collections.reverse(oldestFirst);
    for (Recording r : oldestFirst) {
      ObjectNode node = recordings.addObject().put("id", r.id).put("meetingId", r.instance.id);
      node.put("createTime", Timestamps.format(r.createTime)).put("serviceType", r.serviceType);
      if (r.integrationTags != null) {
        node.set("integrationTags", r.integrationTags.deepCopy());
      }
    }
  }

  private static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static void putTime(ObjectNode node, String field, Instant value) {
    if (value != null) {
      node.put(field, Timestamps.format(value));
    }
  }

  // ---- import ----

  /** Loads {@code files}; call after rooms, before messages. */
  void loadFiles(JsonNode root) {
    for (JsonNode f : WorldSnapshot.array(root, "files")) {
      Room room = refs.room(f, "roomId");
      String given = WorldSnapshot.text(f, "id", null);
      String id =
          given != null && Ids.localPart(given, "CONTENT").isPresent()
              ? given
              : Ids.encode("CONTENT", world.ids().uuid() + "/0");
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(WorldSnapshot.text(f, "base64", ""));
      } catch (IllegalArgumentException e) {
        throw RuleViolation.badRequest("files[].base64 is not base64: " + given);
      }
      Blob blob = bytes.length == 0 ? Blob.empty() : world.spill().store(ByteBuffer.wrap(bytes));
      world.messages.restore(
          new Content(
              id,
              room.id,
              WorldSnapshot.text(f, "filename", "file"),
              WorldSnapshot.text(f, "contentType", "application/octet-stream"),
              blob));
      if (given != null) {
        fileIds.put(given, id);
      }
    }
  }

  /** The file id a message's {@code contentIds} entry names. */
  String file(String ref) {
    String id = fileIds.get(ref);
    if (id == null) {
      throw RuleViolation.badRequest("messages[].contentIds names no file: " + ref);
    }
    return id;
  }

  /** Loads everything else; call after messages. */
  void loadRest(JsonNode root) {
    for (JsonNode w : WorldSnapshot.array(root, "webhooks")) {
      loadWebhook(w);
    }
    for (JsonNode t : WorldSnapshot.array(root, "roomTabs")) {
      Room room = refs.room(t, "roomId");
      world.roomTabs.restore(
          new RoomTab(
              id(t, "TABS"),
              room.id,
              room.type,
              WorldSnapshot.required(t, "displayName"),
              WorldSnapshot.required(t, "contentUrl"),
              refs.person(t, "creatorId").id,
              refs.time(t, "created")));
    }
    for (JsonNode g : WorldSnapshot.array(root, "groups")) {
      loadGroup(g);
    }
    for (JsonNode e : WorldSnapshot.array(root, "adminAuditEvents")) {
      loadAuditEvent(e);
    }
    for (JsonNode m : WorldSnapshot.array(root, "meetings")) {
      loadSeries(m);
    }
    for (JsonNode r : WorldSnapshot.array(root, "registrants")) {
      world.registrants.restore(
          new Registrant(
              WorldSnapshot.required(r, "id"),
              series(r, "meetingId").id,
              WorldSnapshot.text(r, "firstName", null),
              WorldSnapshot.text(r, "lastName", null),
              WorldSnapshot.required(r, "email"),
              WorldSnapshot.text(r, "status", "approved"),
              refs.time(r, "registrationTime"),
              r.path("fields").isObject()
                  ? (ObjectNode) r.get("fields").deepCopy()
                  : NODES.objectNode()));
    }
    for (JsonNode i : WorldSnapshot.array(root, "meetingInstances")) {
      Series s = series(i, "meetingSeriesId");
      String id = WorldSnapshot.required(i, "id");
      instances.put(
          id,
          world.meetings.restore(
              id,
              s,
              WorldSnapshot.required(i, "scheduledMeetingId"),
              WorldSnapshot.text(i, "title", s.title),
              refs.time(i, "start"),
              refs.time(i, "end")));
    }
    for (JsonNode o : WorldSnapshot.array(root, "startedOccurrences")) {
      world.meetings.restoreStarted(WorldSnapshot.required(o, "id"), refs.time(o, "started"));
    }
    for (JsonNode r : WorldSnapshot.array(root, "recordings")) {
      String ref = WorldSnapshot.required(r, "meetingId");
      Instance instance = instances.get(ref);
      if (instance == null) {
        throw RuleViolation.badRequest("recordings[].meetingId names no ended meeting: " + ref);
      }
      world.recordings.restore(
          new Recording(
              WorldSnapshot.required(r, "id"),
              instance,
              refs.time(r, "createTime"),
              WorldSnapshot.text(r, "serviceType", "MeetingCenter"),
              r.hasNonNull("integrationTags") ? r.get("integrationTags").deepCopy() : null));
    }
  }

  private void loadWebhook(JsonNode w) {
    Webhook webhook =
        new Webhook(
            id(w, "WEBHOOK"),
            refs.person(w, "createdBy").id,
            world.orgId(),
            world.appId(),
            refs.time(w, "created"),
            WorldSnapshot.required(w, "resource"),
            WorldSnapshot.required(w, "event"),
            WorldSnapshot.text(w, "filter", null));
    webhook.name = WorldSnapshot.required(w, "name");
    webhook.targetUrl = WorldSnapshot.required(w, "targetUrl");
    webhook.secret = WorldSnapshot.text(w, "secret", null);
    webhook.ownedBy = WorldSnapshot.text(w, "ownedBy", "creator");
    webhook.status = WorldSnapshot.text(w, "status", "active");
    webhook.consecutiveFailures = w.path("consecutiveFailures").asInt(0);
    world.webhooks.restore(webhook);
  }

  private void loadGroup(JsonNode g) {
    String given = WorldSnapshot.text(g, "id", null);
    String id =
        given != null
            ? given
            : Ids.encode(
                "SCIM_GROUP",
                world.ids().uuid() + ":" + Ids.localPart(world.orgId(), "ORGANIZATION").orElse(""));
    Group group = new Group(id, refs.time(g, "created"));
    group.displayName = WorldSnapshot.required(g, "displayName");
    group.description = WorldSnapshot.text(g, "description", null);
    group.externalId = WorldSnapshot.text(g, "externalId", null);
    for (JsonNode member : g.path("members")) {
      group.memberIds.add(refs.resolvePerson(member.asText(), "groups[].members").id);
    }
    group.lastModified =
        g.hasNonNull("lastModified") ? refs.time(g, "lastModified") : group.created;
    world.groups.restore(group);
  }

  private void loadAuditEvent(JsonNode e) {
    List<String> roles = null;
    if (e.path("adminRoles").isArray()) {
      roles = new ArrayList<>();
      for (JsonNode role : e.get("adminRoles")) {
        roles.add(role.asText());
      }
    }
    world.adminAudit.restore(
        new AuditEvent(
            id(e, "AUDIT_EVENT"),
            refs.time(e, "created"),
            refs.personId(WorldSnapshot.text(e, "actorId", null)),
            WorldSnapshot.text(e, "actorOrgId", world.orgId()),
            WorldSnapshot.text(e, "actorName", null),
            WorldSnapshot.text(e, "actorEmail", null),
            WorldSnapshot.text(e, "actorOrgName", null),
            roles == null ? null : List.copyOf(roles),
            WorldSnapshot.text(e, "eventCategory", null),
            WorldSnapshot.text(e, "eventDescription", null),
            WorldSnapshot.text(e, "actionText", null),
            WorldSnapshot.text(e, "targetType", null),
            refs.personId(WorldSnapshot.text(e, "targetId", null)),
            WorldSnapshot.text(e, "targetName", null),
            WorldSnapshot.text(e, "targetOrgId", null),
            WorldSnapshot.text(e, "targetOrgName", null)));
  }

  private void loadSeries(JsonNode m) {
    Series s =
        world.meetings.restore(
            WorldSnapshot.required(m, "id"),
            refs.person(m, "hostId").id,
            refs.time(m, "created"),
            m.path("adhoc").asBoolean(false));
    s.title = WorldSnapshot.text(m, "title", null);
    s.agenda = WorldSnapshot.text(m, "agenda", null);
    s.password = WorldSnapshot.text(m, "password", null);
    s.timezone = WorldSnapshot.text(m, "timezone", "UTC");
    s.recurrence = WorldSnapshot.text(m, "recurrence", null);
    s.scheduledType = WorldSnapshot.text(m, "scheduledType", "meeting");
    s.roomId = m.hasNonNull("roomId") ? refs.room(m, "roomId").id : null;
    s.start = refs.time(m, "start");
    s.end = refs.time(m, "end");
    if (m.path("settings").isObject()) {
      s.settings = (ObjectNode) m.get("settings").deepCopy();
    }
    if (m.path("registration").isObject()) {
      s.registration = (ObjectNode) m.get("registration").deepCopy();
    }
    for (JsonNode o : m.path("changedOccurrences")) {
      MeetingStore.restore(
          s,
          new MeetingStore.ChangedOccurrence(
              WorldSnapshot.required(o, "id"),
              WorldSnapshot.text(o, "title", null),
              WorldSnapshot.text(o, "agenda", null),
              o.hasNonNull("start") ? refs.time(o, "start") : null,
              o.hasNonNull("end") ? refs.time(o, "end") : null));
    }
    m.path("cancelledOccurrences").forEach(id -> MeetingStore.restoreCancelled(s, id.asText()));
    series.put(s.id, s);
  }

  private Series series(JsonNode node, String field) {
    String ref = WorldSnapshot.required(node, field);
    Series s = series.get(ref);
    if (s == null) {
      throw RuleViolation.badRequest(field + " names no meeting series: " + ref);
    }
    return s;
  }

  private String id(JsonNode node, String type) {
    String given = WorldSnapshot.text(node, "id", null);
    return given != null ? given : world.ids().next(type);
  }
}
