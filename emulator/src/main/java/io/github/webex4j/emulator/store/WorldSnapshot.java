package io.github.webex4j.emulator.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a world as JSON, for seed files and {@code /_emulator/snapshot}: people (with their
 * tokens), teams, rooms, room memberships, team memberships and messages, and ({@link
 * SnapshotSections}) files with their bytes, webhooks, room tabs, groups, admin audit events,
 * meetings, registrants and recordings. The seeded admin is not listed; {@code admin.id} names it
 * so references survive its new id after an import. Cards' submitted actions, the {@code /events}
 * log and webhook deliveries are not part of a snapshot and are empty after an import.
 *
 * <p>One format serves hand-written seeds: ids are optional, an id that is not an emulator id of
 * its type is a label (a fresh id is made and references to the label follow it), people may be
 * referenced by email, licenses and roles by name, and a team without {@code generalRoomId} gets a
 * General room with its creator as moderator. Memberships are exactly the listed ones, except that
 * a team's creator becomes its moderator when the team lists no team membership.
 */
public final class WorldSnapshot {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final World world;
  private final Map<String, String> personIds = new HashMap<>();
  private final Map<String, String> roomIds = new HashMap<>();
  private final Map<String, String> teamIds = new HashMap<>();

  private WorldSnapshot(World world) {
    this.world = world;
  }

  /** The world's state as JSON. Call under the world lock. */
  public static ObjectNode export(World world) {
    ObjectNode root = NODES.objectNode();
    root.putObject("admin").put("id", world.admin().id).put("email", world.admin().email);
    ArrayNode people = root.putArray("people");
    for (Person p : world.people.all()) {
      if (p.id.equals(world.admin().id)) {
        continue;
      }
      ObjectNode node = people.addObject();
      node.put("id", p.id).put("email", p.email).put("displayName", p.displayName);
      putIfSet(node, "firstName", p.firstName);
      putIfSet(node, "lastName", p.lastName);
      putIfSet(node, "nickName", p.nickName);
      node.put("type", p.type);
      node.set("roles", strings(p.roles));
      ArrayNode licenses = node.putArray("licenses");
      p.licenses.forEach(id -> world.licenses.find(id).ifPresent(l -> licenses.add(l.name())));
      node.set("tokens", strings(world.people.tokensOf(p)));
      node.put("created", Timestamps.format(p.created));
    }
    ArrayNode teams = root.putArray("teams");
    for (Team t : world.teams.all()) {
      ObjectNode node = teams.addObject();
      node.put("id", t.id).put("name", t.name);
      putIfSet(node, "description", t.description);
      node.put("creatorId", t.creatorId).put("generalRoomId", t.generalRoomId);
      node.put("created", Timestamps.format(t.created));
    }
    ArrayNode rooms = root.putArray("rooms");
    for (Room r : world.rooms.all()) {
      ObjectNode node = rooms.addObject();
      node.put("id", r.id).put("type", r.type);
      putIfSet(node, "title", r.title);
      putIfSet(node, "teamId", r.teamId);
      node.put("creatorId", r.creatorId);
      if (r.isDirect()) {
        node.set("directPair", strings(r.directPair));
      }
      node.put("isLocked", r.isLocked).put("isAnnouncementOnly", r.isAnnouncementOnly);
      node.put("isPublic", r.isPublic);
      putIfSet(node, "description", r.description);
      node.put("created", Timestamps.format(r.created));
      node.put("lastActivity", Timestamps.format(r.lastActivity));
    }
    ArrayNode memberships = root.putArray("memberships");
    for (Membership m : world.memberships.all()) {
      memberships
          .addObject()
          .put("roomId", m.roomId)
          .put("personId", m.personId)
          .put("isModerator", m.isModerator)
          .put("isRoomHidden", m.isRoomHidden)
          .put("created", Timestamps.format(m.created));
    }
    ArrayNode teamMemberships = root.putArray("teamMemberships");
    for (Team t : world.teams.all()) {
      for (TeamMembership tm : world.teamMemberships.ofTeam(t.id)) {
        teamMemberships
            .addObject()
            .put("teamId", tm.teamId)
            .put("personId", tm.personId)
            .put("isModerator", tm.isModerator)
            .put("created", Timestamps.format(tm.created));
      }
    }
    ArrayNode messages = root.putArray("messages");
    for (Room r : world.rooms.all()) {
      List<Message> oldestFirst = new ArrayList<>(world.messages.ofRoomNewestFirst(r.id));
      Collections.reverse(oldestFirst);
      for (Message m : oldestFirst) {
        ObjectNode node = messages.addObject();
        node.put("id", m.id).put("roomId", m.roomId).put("personId", m.personId);
        putIfSet(node, "parentId", m.parentId);
        putIfSet(node, "toPersonId", m.toPersonId);
        putIfSet(node, "text", m.text);
        putIfSet(node, "markdown", m.markdown);
        putIfSet(node, "html", m.html);
        node.set("mentionedPeople", strings(m.mentionedPeople));
        node.set("mentionedGroups", strings(m.mentionedGroups));
        if (m.attachments != null) {
          node.set("attachments", m.attachments.deepCopy());
        }
        node.put("created", Timestamps.format(m.created));
        if (m.updated != null) {
          node.put("updated", Timestamps.format(m.updated));
        }
        node.put("editCount", m.editCount);
        if (!m.contentIds.isEmpty()) {
          node.set("contentIds", strings(m.contentIds));
        }
      }
    }
    SnapshotSections.exportFiles(world, root);
    SnapshotSections.exportRest(world, root);
    return root;
  }

  /**
   * Loads {@code snapshot} into a freshly seeded world. Call under the world lock, right after
   * clearing and seeding (see {@link World#replace}).
   *
   * @throws RuleViolation 400 naming the first bad entry
   */
  public static void load(World world, JsonNode snapshot) {
    if (!snapshot.isObject()) {
      throw RuleViolation.badRequest("A snapshot is a JSON object.");
    }
    new WorldSnapshot(world).loadAll(snapshot);
  }

  private void loadAll(JsonNode root) {
    String adminId = root.path("admin").path("id").asText(null);
    if (adminId != null) {
      personIds.put(adminId, world.admin().id);
    }
    personIds.put(world.admin().email.toLowerCase(java.util.Locale.ROOT), world.admin().id);
    for (JsonNode p : array(root, "people")) {
      loadPerson(p);
    }
    List<JsonNode> teamNodes = array(root, "teams");
    List<Team> teams = new ArrayList<>();
    for (JsonNode t : teamNodes) {
      teams.add(loadTeam(t));
    }
    for (JsonNode r : array(root, "rooms")) {
      loadRoom(r);
    }
    for (int i = 0; i < teams.size(); i++) {
      linkGeneralRoom(teamNodes.get(i), teams.get(i));
    }
    for (JsonNode m : array(root, "memberships")) {
      Room room = room(m, "roomId");
      Person person = person(m, "personId");
      String id = Ids.encode("MEMBERSHIP", person.uuid + ":" + room.uuid);
      Membership membership = new Membership(id, room.id, person.id, time(m, "created"));
      membership.isModerator = m.path("isModerator").asBoolean(false);
      membership.isRoomHidden = m.path("isRoomHidden").asBoolean(false);
      world.memberships.restore(membership);
    }
    boolean anyTeamMembership = false;
    for (JsonNode tm : array(root, "teamMemberships")) {
      anyTeamMembership = true;
      Team team = team(tm, "teamId");
      Person person = person(tm, "personId");
      TeamMembership m =
          new TeamMembership(
              Ids.encode("TEAM_MEMBERSHIP", person.uuid + ":" + team.uuid),
              team.id,
              person.id,
              time(tm, "created"));
      m.isModerator = tm.path("isModerator").asBoolean(false);
      world.teamMemberships.restore(m);
    }
    if (!anyTeamMembership) {
      for (Team team : world.teams.all()) {
        world.people.find(team.creatorId).ifPresent(c -> addCreator(team, c));
      }
    }
    SnapshotSections sections = new SnapshotSections(world, this);
    sections.loadFiles(root);
    List<JsonNode> messages = array(root, "messages");
    Map<String, String> messageIds = new HashMap<>();
    for (JsonNode m : messages) {
      String given = text(m, "id", null);
      String id =
          given != null && Ids.localPart(given, "MESSAGE").isPresent()
              ? given
              : world.ids().next("MESSAGE");
      if (given != null) {
        messageIds.put(given, id);
      }
    }
    for (JsonNode m : messages) {
      loadMessage(m, messageIds, sections);
    }
    sections.loadRest(root);
  }

  private void loadPerson(JsonNode p) {
    String email = required(p, "email");
    String given = text(p, "id", null);
    String uuid =
        given == null ? null : Ids.localPart(given, "PEOPLE").filter(this::isUuid).orElse(null);
    if (uuid == null) {
      uuid = world.ids().uuid().toString();
    }
    String type = text(p, "type", "person");
    if (!type.equals("person") && !type.equals("bot")) {
      throw RuleViolation.badRequest("people[].type must be person or bot: " + type);
    }
    Person person = new Person(Ids.encode("PEOPLE", uuid), uuid, type, time(p, "created"));
    person.email = email;
    person.displayName = text(p, "displayName", email);
    person.firstName = text(p, "firstName", null);
    person.lastName = text(p, "lastName", null);
    person.nickName = text(p, "nickName", null);
    person.orgId = world.orgId();
    for (JsonNode role : p.path("roles")) {
      person.roles.add(roleId(role.asText()));
    }
    for (JsonNode license : p.path("licenses")) {
      person.licenses.add(licenseId(license.asText()));
    }
    List<String> tokens = new ArrayList<>();
    p.path("tokens").forEach(t -> tokens.add(t.asText()));
    if (p.hasNonNull("token")) {
      tokens.add(p.get("token").asText());
    }
    world.people.restore(person, tokens);
    if (given != null) {
      personIds.put(given, person.id);
    }
    personIds.put(email.toLowerCase(java.util.Locale.ROOT), person.id);
  }

  private Team loadTeam(JsonNode t) {
    String name = required(t, "name");
    Person creator = person(t, "creatorId");
    String given = text(t, "id", null);
    String uuid = uuidOf(given, "TEAM");
    Team team = new Team(Ids.encode("TEAM", uuid), uuid, creator.id, time(t, "created"));
    team.name = name;
    team.description = text(t, "description", null);
    world.teams.restore(team);
    if (given != null) {
      teamIds.put(given, team.id);
    }
    return team;
  }

  private void loadRoom(JsonNode r) {
    String type = text(r, "type", "group");
    Person creator = person(r, "creatorId");
    List<String> pair = new ArrayList<>();
    if (type.equals("direct")) {
      for (JsonNode member : r.path("directPair")) {
        pair.add(resolvePerson(member.asText(), "rooms[].directPair").id);
      }
      if (pair.size() != 2) {
        throw RuleViolation.badRequest("A direct room needs two people in directPair.");
      }
    } else if (!type.equals("group")) {
      throw RuleViolation.badRequest("rooms[].type must be group or direct: " + type);
    }
    String given = text(r, "id", null);
    String uuid = uuidOf(given, "ROOM");
    Room room =
        new Room(Ids.encode("ROOM", uuid), uuid, type, creator.id, time(r, "created"), pair);
    room.title = text(r, "title", type.equals("group") ? "Untitled" : null);
    String teamRef = text(r, "teamId", null);
    if (teamRef != null) {
      room.teamId = team(r, "teamId").id;
    }
    room.isLocked = r.path("isLocked").asBoolean(false);
    room.isAnnouncementOnly = r.path("isAnnouncementOnly").asBoolean(false);
    room.isPublic = r.path("isPublic").asBoolean(false);
    room.description = text(r, "description", null);
    room.lastActivity = r.hasNonNull("lastActivity") ? time(r, "lastActivity") : room.created;
    world.rooms.restore(room);
    if (given != null) {
      roomIds.put(given, room.id);
    }
  }

  private void linkGeneralRoom(JsonNode t, Team team) {
    if (t.hasNonNull("generalRoomId")) {
      Room general = room(t, "generalRoomId");
      general.general = true;
      team.generalRoomId = general.id;
      return;
    }
    Person creator = world.people.find(team.creatorId).orElseThrow();
    Room general = world.rooms.createGroup(creator, team.name, team.id, false);
    general.general = true;
    world.memberships.find(general.id, creator.id).ifPresent(m -> m.isModerator = true);
    team.generalRoomId = general.id;
  }

  private void addCreator(Team team, Person creator) {
    TeamMembership m =
        new TeamMembership(
            Ids.encode("TEAM_MEMBERSHIP", creator.uuid + ":" + team.uuid),
            team.id,
            creator.id,
            team.created);
    m.isModerator = true;
    world.teamMemberships.restore(m);
  }

  private void loadMessage(JsonNode m, Map<String, String> messageIds, SnapshotSections files) {
    Room room = room(m, "roomId");
    Person author = person(m, "personId");
    String given = text(m, "id", null);
    String id = given != null ? messageIds.get(given) : world.ids().next("MESSAGE");
    Message message = new Message(id, room.id, author.id, time(m, "created"));
    String parent = text(m, "parentId", null);
    if (parent != null) {
      message.parentId = messageIds.get(parent);
      if (message.parentId == null) {
        throw RuleViolation.badRequest("messages[].parentId names no message: " + parent);
      }
    }
    String to = text(m, "toPersonId", null);
    message.toPersonId = to == null ? null : resolvePerson(to, "messages[].toPersonId").id;
    message.text = text(m, "text", null);
    message.markdown = text(m, "markdown", null);
    message.html = text(m, "html", null);
    List<String> contentIds = new ArrayList<>();
    m.path("contentIds").forEach(c -> contentIds.add(files.file(c.asText())));
    message.contentIds = List.copyOf(contentIds);
    if (message.text == null
        && message.markdown == null
        && !m.has("attachments")
        && contentIds.isEmpty()) {
      throw RuleViolation.badRequest("messages[] need text, markdown, a card or a file.");
    }
    List<String> mentioned = new ArrayList<>();
    m.path("mentionedPeople").forEach(p -> mentioned.add(resolvePerson(p.asText(), "mention").id));
    message.mentionedPeople = List.copyOf(mentioned);
    List<String> groups = new ArrayList<>();
    m.path("mentionedGroups").forEach(g -> groups.add(g.asText()));
    message.mentionedGroups = List.copyOf(groups);
    if (m.path("attachments").isArray()) {
      message.attachments = (ArrayNode) m.get("attachments").deepCopy();
    }
    message.updated = m.hasNonNull("updated") ? time(m, "updated") : null;
    message.editCount = m.path("editCount").asInt(0);
    world.messages.restore(message);
    if (message.created.isAfter(room.lastActivity)) {
      room.lastActivity = message.created;
    }
  }

  Person person(JsonNode node, String field) {
    return resolvePerson(required(node, field), field);
  }

  /** The id {@code ref} stands for when it names a person of the snapshot, else {@code ref}. */
  String personId(String ref) {
    return ref == null ? null : personIds.getOrDefault(ref, ref);
  }

  Person resolvePerson(String ref, String field) {
    String id = personIds.get(ref);
    if (id == null) {
      id = personIds.get(ref.toLowerCase(java.util.Locale.ROOT));
    }
    return world
        .people
        .find(id)
        .orElseThrow(() -> RuleViolation.badRequest(field + " names no person: " + ref));
  }

  Room room(JsonNode node, String field) {
    String ref = required(node, field);
    return world
        .rooms
        .find(roomIds.get(ref))
        .orElseThrow(() -> RuleViolation.badRequest(field + " names no room: " + ref));
  }

  private Team team(JsonNode node, String field) {
    String ref = required(node, field);
    return world
        .teams
        .find(teamIds.get(ref))
        .orElseThrow(() -> RuleViolation.badRequest(field + " names no team: " + ref));
  }

  private String roleId(String ref) {
    return world.roles.all().stream()
        .filter(r -> r.id().equals(ref) || r.name().equalsIgnoreCase(ref))
        .findFirst()
        .orElseThrow(() -> RuleViolation.badRequest("people[].roles names no role: " + ref))
        .id();
  }

  private String licenseId(String ref) {
    return world.licenses.forOrg(world.orgId()).stream()
        .filter(l -> l.id().equals(ref) || l.name().equalsIgnoreCase(ref))
        .findFirst()
        .orElseThrow(() -> RuleViolation.badRequest("people[].licenses names no license: " + ref))
        .id();
  }

  private String uuidOf(String givenId, String type) {
    return givenId == null
        ? world.ids().uuid().toString()
        : Ids.localPart(givenId, type)
            .filter(this::isUuid)
            .orElseGet(() -> world.ids().uuid().toString());
  }

  private boolean isUuid(String value) {
    try {
      java.util.UUID.fromString(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  Instant time(JsonNode node, String field) {
    String raw = text(node, field, null);
    if (raw == null) {
      return world.timestamps().next();
    }
    try {
      return Instant.parse(raw);
    } catch (DateTimeParseException e) {
      throw RuleViolation.badRequest("Invalid timestamp in '" + field + "': " + raw);
    }
  }

  static List<JsonNode> array(JsonNode root, String field) {
    JsonNode node = root.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw RuleViolation.badRequest("'" + field + "' must be an array.");
    }
    List<JsonNode> list = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isObject()) {
        throw RuleViolation.badRequest("'" + field + "' must hold objects.");
      }
      list.add(item);
    }
    return list;
  }

  static String required(JsonNode node, String field) {
    String value = text(node, field, null);
    if (value == null || value.isBlank()) {
      throw RuleViolation.badRequest("A snapshot entry needs '" + field + "': " + node);
    }
    return value;
  }

  static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? fallback : value.asText();
  }

  private static void putIfSet(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
