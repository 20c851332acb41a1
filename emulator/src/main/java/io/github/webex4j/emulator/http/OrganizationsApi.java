package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.render.OrganizationRenderer;
import io.github.webex4j.emulator.store.World;

/**
 * {@code /organizations}: list (not paginated), get, delete. Admin only [?]: the live API needs an
 * admin scope; non-admins get 403.
 */
public final class OrganizationsApi implements ApiFamily {
  private final World world;

  /** Creates the family over {@code world}. */
  public OrganizationsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .get("/organizations", this::list)
        .get("/organizations/{orgId}", this::get)
        .delete("/organizations/{orgId}", this::delete);
  }

  private ApiResponse list(ApiRequest request) {
    Access.requireAdmin(request.caller());
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("items");
    world.organizations.all().forEach(org -> items.add(OrganizationRenderer.render(org)));
    return ApiResponse.ok(body);
  }

  private ApiResponse get(ApiRequest request) {
    Access.requireAdmin(request.caller());
    return ApiResponse.ok(
        OrganizationRenderer.render(world.organizations.require(request.pathParam("orgId"))));
  }

  private ApiResponse delete(ApiRequest request) {
    Access.requireAdmin(request.caller());
    world.organizations.delete(world.organizations.require(request.pathParam("orgId")));
    return ApiResponse.noContent();
  }
}
