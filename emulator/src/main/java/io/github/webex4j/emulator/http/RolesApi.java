package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.render.RoleRenderer;
import io.github.webex4j.emulator.store.RoleStore.Role;
import io.github.webex4j.emulator.store.World;

/** {@code /roles}: list (admin only, not paginated) and get. */
public final class RolesApi implements ApiFamily {
  private final World world;

  /** Creates the family over {@code world}. */
  public RolesApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router.get("/roles", this::list).get("/roles/{roleId}", this::get);
  }

  private ApiResponse list(ApiRequest request) {
    Access.requireAdmin(request.caller());
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("items");
    world.roles.all().forEach(role -> items.add(RoleRenderer.render(role)));
    return ApiResponse.ok(body);
  }

  private ApiResponse get(ApiRequest request) {
    Access.requireAdmin(request.caller());
    Role role =
        world
            .roles
            .find(request.pathParam("roleId"))
            .orElseThrow(() -> ApiException.notFound("Could not find a role with this ID."));
    return ApiResponse.ok(RoleRenderer.render(role));
  }
}
