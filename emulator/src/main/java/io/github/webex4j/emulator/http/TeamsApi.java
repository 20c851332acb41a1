package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.render.TeamRenderer;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Team;
import io.github.webex4j.emulator.store.World;
import java.util.Comparator;
import java.util.List;

/** {@code /teams}: list, create (with General room), get, rename and delete. */
public final class TeamsApi implements ApiFamily {
  private final World world;

  /** Creates the family over {@code world}. */
  public TeamsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .get("/teams", this::list)
        .post("/teams", this::create)
        .get("/teams/{teamId}", this::get)
        .put("/teams/{teamId}", this::update)
        .delete("/teams/{teamId}", this::delete);
  }

  private ApiResponse list(ApiRequest request) {
    Person caller = request.caller();
    List<Team> teams =
        world.teams.all().stream()
            .filter(t -> world.teamMemberships.find(t.id, caller.id).isPresent())
            .sorted(Comparator.comparing((Team t) -> t.created).reversed())
            .toList();
    // [?] The cap for teams is not documented; 1000 is assumed.
    return Paging.respond(request, teams, t -> t.id, TeamRenderer::render, 100, 1000);
  }

  private ApiResponse create(ApiRequest request) {
    JsonBody body = request.json();
    String name = body.requiredString("name");
    String description = body.optString("description");
    Team team = world.teams.create(request.caller(), name, description);
    return ApiResponse.ok(TeamRenderer.render(team));
  }

  private ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(
        TeamRenderer.render(
            world.teams.requireVisible(request.pathParam("teamId"), request.caller())));
  }

  private ApiResponse update(ApiRequest request) {
    Person caller = request.caller();
    Team team = world.teams.requireVisible(request.pathParam("teamId"), caller);
    JsonBody body = request.json();
    String name = body.requiredString("name");
    String description = body.optString("description");
    world.teams.rename(team, caller, name, description);
    return ApiResponse.ok(TeamRenderer.render(team));
  }

  private ApiResponse delete(ApiRequest request) {
    Person caller = request.caller();
    Team team = world.teams.requireVisible(request.pathParam("teamId"), caller);
    world.teams.delete(team, caller);
    return ApiResponse.noContent();
  }
}
