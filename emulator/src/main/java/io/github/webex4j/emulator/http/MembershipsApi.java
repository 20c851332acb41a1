package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.render.MembershipRenderer;
import io.github.webex4j.emulator.store.Membership;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Room;
import io.github.webex4j.emulator.store.World;
import java.util.List;
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

  private ApiResponse list(ApiRequest request) {
    Person caller = request.caller();
    String roomId = request.query("roomId");
    String personId = request.query("personId");
    String personEmail = request.query("personEmail");
    Stream<Membership> memberships;
    if (roomId != null) {
      Room room = world.rooms.visibleTo(caller, roomId);
      memberships = world.memberships.ofRoom(room.id).stream();
    } else if (personId != null || personEmail != null) {
      if (!caller.complianceOfficer) {
        throw ApiException.badRequest("'personId' and 'personEmail' require 'roomId'.");
      }
      memberships = world.memberships.all().stream();
    } else {
      memberships = world.memberships.visibleTo(caller).stream();
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
    return Paging.respond(
        request, result, m -> m.id, m -> MembershipRenderer.render(world, m), 100, 1000);
  }

  private ApiResponse create(ApiRequest request) {
    Person caller = request.caller();
    JsonBody body = request.json();
    String roomId = body.requiredString("roomId");
    Person person = target(body);
    boolean moderator = Boolean.TRUE.equals(body.optBoolean("isModerator"));
    Membership membership = world.memberships.add(roomId, person, moderator, caller);
    return ApiResponse.ok(MembershipRenderer.render(world, membership));
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

  private ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(
        MembershipRenderer.render(
            world,
            world.memberships.requireVisible(request.pathParam("membershipId"), request.caller())));
  }

  private ApiResponse update(ApiRequest request) {
    Person caller = request.caller();
    Membership membership =
        world.memberships.requireVisible(request.pathParam("membershipId"), request.caller());
    JsonBody body = request.json();
    Boolean moderator = body.optBoolean("isModerator");
    Boolean hidden = body.optBoolean("isRoomHidden");
    if (moderator == null && hidden == null) {
      throw ApiException.badRequest("'isModerator' or 'isRoomHidden' is required.");
    }
    world.memberships.update(membership, caller, moderator, hidden);
    return ApiResponse.ok(MembershipRenderer.render(world, membership));
  }

  private ApiResponse delete(ApiRequest request) {
    Person caller = request.caller();
    Membership membership =
        world.memberships.requireVisible(request.pathParam("membershipId"), request.caller());
    world.memberships.remove(membership, caller);
    return ApiResponse.noContent();
  }
}
