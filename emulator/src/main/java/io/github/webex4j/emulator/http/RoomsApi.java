package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.Membership;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Room;
import io.github.webex4j.emulator.store.Team;
import io.github.webex4j.emulator.store.World;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** {@code /rooms}: list, create (group only), get, update, delete and meetingInfo. */
public final class RoomsApi implements ApiFamily {
  private static final Set<String> SORTS = Set.of("id", "lastactivity", "created");
  private final World world;

  /** Creates the family over {@code world}. */
  public RoomsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .get("/rooms", this::list)
        .post("/rooms", this::create)
        .get("/rooms/{roomId}", this::get)
        .put("/rooms/{roomId}", this::update)
        .delete("/rooms/{roomId}", this::delete)
        .get("/rooms/{roomId}/meetingInfo", this::meetingInfo);
  }

  /** The room as {@code viewer} sees it (a direct room is titled after the other person). */
  public static ObjectNode render(World world, Room room, Person viewer) {
    ObjectNode node = Json.object();
    node.put("id", room.id);
    node.put("title", title(world, room, viewer));
    node.put("type", room.type);
    node.put("isLocked", room.isLocked);
    Json.put(node, "teamId", room.teamId);
    Json.put(node, "lastActivity", room.lastActivity);
    node.put("creatorId", room.creatorId);
    Json.put(node, "created", room.created);
    node.put("ownerId", world.orgId());
    Json.put(node, "classificationId", room.classificationId);
    node.put("isAnnouncementOnly", room.isAnnouncementOnly);
    node.put("isReadOnly", room.isReadOnly);
    node.put("isPublic", room.isPublic);
    Json.put(node, "madePublic", room.madePublic);
    Json.put(node, "description", room.description);
    return node;
  }

  private static String title(World world, Room room, Person viewer) {
    if (!room.isDirect()) {
      return room.title;
    }
    return room.directPair.stream()
        .filter(id -> !id.equals(viewer.id))
        .findFirst()
        .flatMap(world.people::find)
        .map(p -> p.displayName)
        .orElse("Empty Title");
  }

  private ApiResponse list(ApiRequest request) {
    Person caller = request.caller();
    String teamId = request.query("teamId");
    String type = request.query("type");
    String sortBy = request.query("sortBy");
    Boolean orgPublic = request.booleanQuery("orgPublicSpaces");
    if (type != null && !type.equals("direct") && !type.equals("group")) {
      throw ApiException.badRequest("Invalid value for parameter 'type': " + type);
    }
    if (sortBy != null && !SORTS.contains(sortBy)) {
      throw ApiException.badRequest("Invalid value for parameter 'sortBy': " + sortBy);
    }
    Stream<Room> rooms;
    Comparator<Room> order;
    if (Boolean.TRUE.equals(orgPublic)) {
      if (teamId != null || type != null || sortBy != null) {
        throw ApiException.badRequest(
            "'orgPublicSpaces' cannot be combined with 'teamId', 'type' or 'sortBy'.");
      }
      Instant from = request.instantQuery("from");
      Instant to = request.instantQuery("to");
      rooms =
          world.rooms.all().stream()
              .filter(r -> r.isPublic && r.madePublic != null)
              .filter(r -> from == null || !r.madePublic.isBefore(from))
              .filter(r -> to == null || r.madePublic.isBefore(to));
      order = Comparator.comparing((Room r) -> r.madePublic).reversed();
    } else {
      rooms =
          world.rooms.all().stream()
              .filter(r -> world.memberships.isMember(r.id, caller.id))
              .filter(r -> teamId == null || teamId.equals(r.teamId))
              .filter(r -> type == null || type.equals(r.type));
      order = comparator(sortBy);
    }
    List<Room> result = rooms.sorted(order).toList();
    return Paging.respond(request, result, r -> r.id, r -> render(world, r, caller), 100, 1000);
  }

  /** [?] Default order: newest created first (REFERENCE does not state the default). */
  private static Comparator<Room> comparator(String sortBy) {
    if ("id".equals(sortBy)) {
      return Comparator.comparing((Room r) -> r.id);
    }
    if ("lastactivity".equals(sortBy)) {
      return Comparator.comparing((Room r) -> r.lastActivity)
          .thenComparing(r -> r.created)
          .reversed();
    }
    return Comparator.comparing((Room r) -> r.created).reversed();
  }

  private ApiResponse create(ApiRequest request) {
    Person caller = request.caller();
    JsonBody body = request.json();
    String title = body.requiredString("title");
    String teamId = body.optString("teamId");
    boolean locked = Boolean.TRUE.equals(body.optBoolean("isLocked"));
    boolean announcement = Boolean.TRUE.equals(body.optBoolean("isAnnouncementOnly"));
    boolean isPublic = Boolean.TRUE.equals(body.optBoolean("isPublic"));
    String description = body.optString("description");
    String classificationId = body.optString("classificationId");
    if (teamId != null) {
      requireTeamMember(teamId, caller);
    }
    if (announcement && !locked) {
      throw ApiException.badRequest("'isAnnouncementOnly' requires a locked room ('isLocked').");
    }
    if (isPublic && (description == null || description.isBlank())) {
      throw ApiException.badRequest("A public room ('isPublic') requires a 'description'.");
    }
    if (caller.isBot() && classificationId != null) {
      throw ApiException.badRequest("A bot cannot create and classify a room in one request.");
    }
    Room room = world.rooms.createGroup(caller, title, teamId, locked);
    room.isAnnouncementOnly = announcement;
    room.description = description;
    room.classificationId = classificationId;
    if (isPublic) {
      room.isPublic = true;
      room.madePublic = room.created;
    }
    publish(room, "created", caller);
    world
        .memberships
        .find(room.id, caller.id)
        .ifPresent(m -> MembershipsApi.publishEvent(world, m, "created", caller));
    return ApiResponse.ok(render(world, room, caller));
  }

  private Team requireTeamMember(String teamId, Person caller) {
    Team team =
        world
            .teams
            .find(teamId)
            .orElseThrow(() -> ApiException.notFound("The requested resource could not be found."));
    if (world.teamMemberships.find(team.id, caller.id).isEmpty()) {
      throw ApiException.notFound("The requested resource could not be found.");
    }
    return team;
  }

  private ApiResponse get(ApiRequest request) {
    Room room = world.rooms.requireVisible(request.pathParam("roomId"), request.caller(), true);
    return ApiResponse.ok(render(world, room, request.caller()));
  }

  private ApiResponse update(ApiRequest request) {
    Person caller = request.caller();
    Room room = world.rooms.requireVisible(request.pathParam("roomId"), caller, true);
    boolean member = world.memberships.isMember(room.id, caller.id);
    JsonBody body = request.json();
    String title = body.requiredString("title");
    Boolean locked = body.optBoolean("isLocked");
    Boolean announcement = body.optBoolean("isAnnouncementOnly");
    Boolean isPublic = body.optBoolean("isPublic");
    Boolean readOnly = body.optBoolean("isReadOnly");
    String teamId = body.optString("teamId");
    String description = body.optString("description");
    String classificationId = body.optString("classificationId");
    if (!member && (locked != null || teamId != null || readOnly != null)) {
      throw ApiException.forbidden(
          "A compliance officer who is not a member may change only classificationId,"
              + " isAnnouncementOnly, description and isPublic.");
    }
    if (member
        && room.isLocked
        && !world.memberships.isModerator(room.id, caller.id)
        && !caller.complianceOfficer) {
      throw ApiException.forbidden("Only moderators may update a locked room.");
    }
    boolean willBeLocked = locked != null ? locked : room.isLocked;
    boolean willAnnounce = announcement != null ? announcement : room.isAnnouncementOnly;
    if (willAnnounce && !willBeLocked) {
      throw ApiException.badRequest("'isAnnouncementOnly' requires a locked room ('isLocked').");
    }
    if (readOnly != null && readOnly != room.isReadOnly && !caller.complianceOfficer) {
      throw ApiException.forbidden("Only a compliance officer may change 'isReadOnly'.");
    }
    String newDescription =
        description == null ? room.description : description.equals(" ") ? null : description;
    if (Boolean.TRUE.equals(isPublic) && !room.isPublic) {
      if (!caller.complianceOfficer) {
        throw ApiException.forbidden("Only a compliance officer may make a room public.");
      }
      if (newDescription == null || newDescription.isBlank()) {
        throw ApiException.badRequest("A public room ('isPublic') requires a 'description'.");
      }
    }
    if (teamId != null && !teamId.equals(room.teamId)) {
      if (room.isDirect()) {
        throw ApiException.badRequest("A direct room cannot be moved into a team.");
      }
      requireTeamMember(teamId, caller);
      for (Membership m : world.memberships.ofRoom(room.id)) {
        if (m.isModerator && world.teamMemberships.find(teamId, m.personId).isEmpty()) {
          throw ApiException.badRequest(
              "Every moderator of the room must be a member of the team.");
        }
      }
      room.teamId = teamId;
    }
    if (!room.isDirect()) {
      room.title = title;
    }
    if (locked != null && locked && !room.isLocked) {
      world.memberships.find(room.id, caller.id).ifPresent(m -> m.isModerator = true);
    }
    if (locked != null) {
      room.isLocked = locked;
    }
    room.isAnnouncementOnly = willAnnounce;
    room.description = newDescription;
    if (classificationId != null) {
      room.classificationId = classificationId;
    }
    if (readOnly != null) {
      room.isReadOnly = readOnly;
    }
    if (isPublic != null && isPublic != room.isPublic) {
      room.isPublic = isPublic;
      room.madePublic = isPublic ? world.timestamps().next() : null;
    }
    publish(room, "updated", caller);
    return ApiResponse.ok(render(world, room, caller));
  }

  private ApiResponse delete(ApiRequest request) {
    Person caller = request.caller();
    Room room = world.rooms.requireVisible(request.pathParam("roomId"), caller, false);
    if (room.general) {
      throw ApiException.forbidden(
          "A team's General room cannot be deleted; delete the team instead.");
    }
    boolean moderator = world.memberships.isModerator(room.id, caller.id);
    boolean mayDelete = room.isLocked ? moderator : room.creatorId.equals(caller.id) || moderator;
    if (!mayDelete && !room.isDirect()) {
      // Webex removes a non-moderator from the room instead of deleting it.
      world.memberships.find(room.id, caller.id).ifPresent(world.memberships::remove);
      return ApiResponse.noContent();
    }
    world.rooms.delete(room);
    publish(room, "deleted", caller);
    return ApiResponse.noContent();
  }

  private ApiResponse meetingInfo(ApiRequest request) {
    Room room = world.rooms.requireVisible(request.pathParam("roomId"), request.caller(), true);
    String number =
        Long.toString(1_000_000_000L + Math.floorMod(room.uuid.hashCode(), 900_000_000));
    ObjectNode node = Json.object();
    node.put("roomId", room.id);
    node.put("meetingLink", "https://emulator.webex.com/m/" + room.uuid);
    node.put("sipAddress", number + "@emulator.webex.com");
    node.put("meetingNumber", number);
    node.put("meetingId", room.uuid.replace("-", ""));
    node.put("callInTollFreeNumber", "+1-866-555-0100");
    node.put("callInTollNumber", "+1-408-555-0100");
    return ApiResponse.ok(node);
  }

  private void publish(Room room, String type, Person actor) {
    ObjectNode data = Json.object();
    data.put("id", room.id);
    data.put("type", room.type);
    data.put("isLocked", room.isLocked);
    Json.put(data, "teamId", room.teamId);
    Json.put(data, "lastActivity", room.lastActivity);
    Json.put(data, "created", room.created);
    data.put("creatorId", room.creatorId);
    Events.publish(
        world,
        "rooms",
        type,
        actor,
        room.id,
        data,
        render(world, room, actor),
        Map.of(
            "type", List.of(room.type),
            "isLocked", List.of(Boolean.toString(room.isLocked))));
  }
}
