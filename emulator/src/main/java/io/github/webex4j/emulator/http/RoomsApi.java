package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.render.RoomRenderer;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Room;
import io.github.webex4j.emulator.store.RoomStore;
import io.github.webex4j.emulator.store.World;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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
          world.rooms.joinedBy(caller).stream()
              .filter(r -> teamId == null || teamId.equals(r.teamId))
              .filter(r -> type == null || type.equals(r.type));
      order = comparator(sortBy);
    }
    List<Room> result = rooms.sorted(order).toList();
    return Paging.respond(
        request, result, r -> r.id, r -> RoomRenderer.render(world, r, caller), 100, 1000);
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
    Room room =
        world.rooms.create(
            caller,
            new RoomStore.RoomDraft(
                title, teamId, locked, announcement, isPublic, description, classificationId));
    return ApiResponse.ok(RoomRenderer.render(world, room, caller));
  }

  private ApiResponse get(ApiRequest request) {
    Room room = world.rooms.visibleTo(request.caller(), request.pathParam("roomId"));
    return ApiResponse.ok(RoomRenderer.render(world, room, request.caller()));
  }

  private ApiResponse update(ApiRequest request) {
    Person caller = request.caller();
    Room room = world.rooms.visibleTo(caller, request.pathParam("roomId"));
    JsonBody body = request.json();
    String title = body.requiredString("title");
    Boolean locked = body.optBoolean("isLocked");
    Boolean announcement = body.optBoolean("isAnnouncementOnly");
    Boolean isPublic = body.optBoolean("isPublic");
    Boolean readOnly = body.optBoolean("isReadOnly");
    String teamId = body.optString("teamId");
    String description = body.optString("description");
    String classificationId = body.optString("classificationId");
    world.rooms.update(
        room,
        caller,
        new RoomStore.RoomEdit(
            title,
            locked,
            announcement,
            isPublic,
            readOnly,
            teamId,
            description,
            classificationId));
    return ApiResponse.ok(RoomRenderer.render(world, room, caller));
  }

  private ApiResponse delete(ApiRequest request) {
    world.rooms.delete(request.pathParam("roomId"), request.caller());
    return ApiResponse.noContent();
  }

  private ApiResponse meetingInfo(ApiRequest request) {
    Room room = world.rooms.visibleTo(request.caller(), request.pathParam("roomId"));
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
}
