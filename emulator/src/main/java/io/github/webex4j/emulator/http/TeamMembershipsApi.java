package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.render.TeamMembershipRenderer;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Team;
import io.github.webex4j.emulator.store.TeamMembership;
import io.github.webex4j.emulator.store.World;

/** {@code /team/memberships}: list by team, add, get, set moderator and remove. */
public final class TeamMembershipsApi implements ApiFamily {
  private final World world;

  /** Creates the family over {@code world}. */
  public TeamMembershipsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .get("/team/memberships", this::list)
        .post("/team/memberships", this::create)
        .get("/team/memberships/{membershipId}", this::get)
        .put("/team/memberships/{membershipId}", this::update)
        .delete("/team/memberships/{membershipId}", this::delete);
  }

  private ApiResponse list(ApiRequest request) {
    Team team = world.teams.requireVisible(request.requiredQuery("teamId"), request.caller());
    return Paging.respond(
        request,
        world.teamMemberships.ofTeam(team.id),
        tm -> tm.id,
        tm -> TeamMembershipRenderer.render(world, tm),
        100,
        1000);
  }

  private ApiResponse create(ApiRequest request) {
    Person caller = request.caller();
    JsonBody body = request.json();
    String teamId = body.requiredString("teamId");
    String personId = body.optString("personId");
    String personEmail = body.optString("personEmail");
    boolean moderator = Boolean.TRUE.equals(body.optBoolean("isModerator"));
    if ((personId == null) == (personEmail == null)) {
      throw ApiException.badRequest("Exactly one of 'personId' or 'personEmail' is required.");
    }
    Team team = world.teams.requireVisible(teamId, caller);
    Person person = world.people.requireByIdOrEmail(personId, personEmail);
    TeamMembership tm = world.teamMemberships.add(team, person, moderator, caller);
    return ApiResponse.ok(TeamMembershipRenderer.render(world, tm));
  }

  private ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(
        TeamMembershipRenderer.render(
            world,
            world.teamMemberships.requireVisible(
                request.pathParam("membershipId"), request.caller())));
  }

  private ApiResponse update(ApiRequest request) {
    Person caller = request.caller();
    TeamMembership tm =
        world.teamMemberships.requireVisible(request.pathParam("membershipId"), caller);
    boolean moderator = request.json().requiredBoolean("isModerator");
    world.teamMemberships.setModerator(tm, moderator, caller);
    return ApiResponse.ok(TeamMembershipRenderer.render(world, tm));
  }

  private ApiResponse delete(ApiRequest request) {
    Person caller = request.caller();
    TeamMembership tm =
        world.teamMemberships.requireVisible(request.pathParam("membershipId"), caller);
    world.teamMemberships.remove(tm, caller);
    return ApiResponse.noContent();
  }
}
