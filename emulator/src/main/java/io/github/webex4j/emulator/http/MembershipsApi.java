package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.Membership;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Room;
import io.github.webex4j.emulator.store.World;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code /memberships}: list, add, get, update (moderator / hidden) and remove. */
public final class MembershipsApi implements ApiFamily {
  private final World world;

  /** Creates the family over {@code world}. */
  public MembershipsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .get("/memberships", this::list)
        .post("/memberships", this::create)
        .get("/memberships/{membershipId}", this::get)
        .put("/memberships/{membershipId}", this::update)
        .delete("/memberships/{membershipId}", this::delete);
  }

  /** The membership's JSON. */
  public static ObjectNode render(World world, Membership m) {
    ObjectNode node = Json.object();
    node.put("id", m.id);
    node.put("roomId", m.roomId);
    Person person = world.people.find(m.personId).orElse(null);
    node.put("personId", m.personId);
    if (person != null) {
      node.put("personEmail", person.email);
      node.put("personDisplayName", person.displayName);
      node.put("personOrgId", person.orgId);
    }
    node.put("isModerator", m.isModerator);
    node.put("isRoomHidden", m.isRoomHidden);
    world.rooms.find(m.roomId).ifPresent(room -> node.put("roomType", room.type));
    node.put("isMonitor", false);
    Json.put(node, "created", m.created);
    return node;
  }

  private ApiResponse list(ApiRequest request) {
    Person caller = request.caller();
    String roomId = request.query("roomId");
    String personId = request.query("personId");
    String personEmail = request.query("personEmail");
    Stream<Membership> memberships;
    if (roomId != null) {
      Room room = world.rooms.requireVisible(roomId, caller, true);
      memberships = world.memberships.ofRoom(room.id).stream();
    } else if (personId != null || personEmail != null) {
      if (!caller.complianceOfficer) {
        throw ApiException.badRequest("'personId' and 'personEmail' require 'roomId'.");
      }
      memberships = world.memberships.all().stream();
    } else {
      memberships =
          world.memberships.all().stream()
              .filter(m -> world.memberships.isMember(m.roomId, caller.id));
    }
    List<Membership> result =
        memberships
            .filter(m -> personId == null || personId.equals(m.personId))
            .filter(
                m ->
                    personEmail == null
                        || world
                            .people
                            .find(m.personId)
                            .map(p -> p.email.equalsIgnoreCase(personEmail))
                            .orElse(false))
            .toList();
    // [?] The cap for memberships is not documented; 1000 is assumed like rooms.
    return Paging.respond(request, result, m -> m.id, m -> render(world, m), 100, 1000);
  }

  private ApiResponse create(ApiRequest request) {
    Person caller = request.caller();
    JsonBody body = request.json();
    String roomId = body.requiredString("roomId");
    Person person = target(body);
    boolean moderator = Boolean.TRUE.equals(body.optBoolean("isModerator"));
    Room room = world.rooms.requireVisible(roomId, caller, false);
    if (room.isDirect()) {
      throw ApiException.forbidden("People cannot be added to a direct room.");
    }
    if (room.isLocked && !world.memberships.isModerator(room.id, caller.id)) {
      throw ApiException.forbidden("Only moderators may add people to a locked room.");
    }
    Membership membership = world.memberships.add(room, person, moderator);
    publish(membership, "created", caller);
    return ApiResponse.ok(render(world, membership));
  }

  private Person target(JsonBody body) {
    String personId = body.optString("personId");
    String personEmail = body.optString("personEmail");
    if ((personId == null) == (personEmail == null)) {
      throw ApiException.badRequest("Exactly one of 'personId' or 'personEmail' is required.");
    }
    // [?] Live Webex answered 502 "Add participant failed." for unknown people (S5, 2019) and may
    // invite unknown emails; the emulator answers 404.
    return world.people.requireByIdOrEmail(personId, personEmail);
  }

  private Membership requireVisible(ApiRequest request) {
    Person caller = request.caller();
    Membership membership =
        world
            .memberships
            .find(request.pathParam("membershipId"))
            .orElseThrow(() -> ApiException.notFound("Membership not found."));
    if (!world.memberships.isMember(membership.roomId, caller.id) && !caller.complianceOfficer) {
      throw ApiException.notFound("Membership not found.");
    }
    return membership;
  }

  private ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(render(world, requireVisible(request)));
  }

  private ApiResponse update(ApiRequest request) {
    Person caller = request.caller();
    Membership membership = requireVisible(request);
    JsonBody body = request.json();
    Boolean moderator = body.optBoolean("isModerator");
    Boolean hidden = body.optBoolean("isRoomHidden");
    if (moderator == null && hidden == null) {
      throw ApiException.badRequest("'isModerator' or 'isRoomHidden' is required.");
    }
    Room room = world.rooms.require(membership.roomId);
    if (moderator != null && moderator != membership.isModerator) {
      if (room.isDirect()) {
        throw ApiException.badRequest("A direct room has no moderators.");
      }
      boolean callerModerates = world.memberships.isModerator(room.id, caller.id);
      if (room.isLocked && !callerModerates) {
        throw ApiException.forbidden("Only moderators may change moderators of a locked room.");
      }
      if (!moderator && room.general && lastGeneralModerator(room, membership)) {
        throw ApiException.badRequest(
            "The last moderator of a team's General space cannot be demoted.");
      }
      membership.isModerator = moderator;
    }
    if (hidden != null && hidden != membership.isRoomHidden) {
      if (!membership.personId.equals(caller.id)) {
        throw ApiException.forbidden("Only the member may hide a room.");
      }
      membership.isRoomHidden = hidden;
    }
    publish(membership, "updated", caller);
    return ApiResponse.ok(render(world, membership));
  }

  private boolean lastGeneralModerator(Room room, Membership membership) {
    return membership.isModerator
        && world.memberships.ofRoom(room.id).stream().filter(m -> m.isModerator).count() == 1;
  }

  private ApiResponse delete(ApiRequest request) {
    Person caller = request.caller();
    Membership membership = requireVisible(request);
    Room room = world.rooms.require(membership.roomId);
    boolean self = membership.personId.equals(caller.id);
    if (room.isDirect()) {
      throw ApiException.forbidden("Nobody can be removed from a direct room.");
    }
    if (!self && room.isLocked && !world.memberships.isModerator(room.id, caller.id)) {
      throw ApiException.forbidden("Only moderators may remove people from a locked room.");
    }
    if (!world.memberships.isMember(room.id, caller.id)) {
      throw ApiException.forbidden("Only members may remove people from a room.");
    }
    if (room.general) {
      if (lastGeneralModerator(room, membership)) {
        throw new ApiException(
            409,
            "The last moderator of a team's General space cannot be removed. Promote another"
                + " team moderator first.");
      }
      world
          .teamMemberships
          .find(room.teamId, membership.personId)
          .ifPresent(tm -> world.teamMemberships.remove(tm));
    }
    world.memberships.remove(membership);
    publish(membership, "deleted", caller);
    return ApiResponse.noContent();
  }

  /** Publishes a membership event (also used when messages create direct rooms). */
  void publish(Membership membership, String type, Person actor) {
    publishEvent(world, membership, type, actor);
  }

  /** Publishes a membership event. */
  static void publishEvent(World world, Membership membership, String type, Person actor) {
    ObjectNode full = render(world, membership);
    ObjectNode data = full.deepCopy();
    String email = full.path("personEmail").asText(null);
    Events.publish(
        world,
        "memberships",
        type,
        actor,
        membership.roomId,
        data,
        full,
        Map.of(
            "roomId", List.of(membership.roomId),
            "personId", List.of(membership.personId),
            "personEmail", email == null ? List.of() : List.of(email),
            "isModerator", List.of(Boolean.toString(membership.isModerator))));
  }
}
