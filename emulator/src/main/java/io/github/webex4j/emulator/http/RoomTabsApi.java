package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.render.RoomTabRenderer;
import io.github.webex4j.emulator.store.RoomTabStore.RoomTab;
import io.github.webex4j.emulator.store.World;

/**
 * {@code /room/tabs}: list by {@code roomId}, create, get, update (PUT) and delete; the rules live
 * in {@link io.github.webex4j.emulator.store.RoomTabStore}. The list is not paginated [?] (the
 * documentation names no {@code max}).
 */
public final class RoomTabsApi implements ApiFamily {
  private final World world;

  /** Creates the family over {@code world}. */
  public RoomTabsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .get("/room/tabs", this::list)
        .post("/room/tabs", this::create)
        .get("/room/tabs/{id}", this::get)
        .put("/room/tabs/{id}", this::update)
        .delete("/room/tabs/{id}", this::delete);
  }

  private ApiResponse list(ApiRequest request) {
    String roomId = request.query("roomId");
    if (roomId == null) {
      throw ApiException.badRequest("Missing required parameter 'roomId'.");
    }
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("items");
    world
        .roomTabs
        .ofRoom(request.caller(), roomId)
        .forEach(t -> items.add(RoomTabRenderer.render(t)));
    return ApiResponse.ok(body);
  }

  private ApiResponse create(ApiRequest request) {
    JsonBody body = request.json();
    RoomTab tab =
        world.roomTabs.create(
            request.caller(),
            body.requiredString("roomId"),
            body.requiredString("contentUrl"),
            body.requiredString("displayName"));
    return ApiResponse.ok(RoomTabRenderer.render(tab));
  }

  private ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(
        RoomTabRenderer.render(world.roomTabs.require(request.caller(), request.pathParam("id"))));
  }

  private ApiResponse update(ApiRequest request) {
    JsonBody body = request.json();
    RoomTab tab =
        world.roomTabs.update(
            request.caller(),
            request.pathParam("id"),
            body.requiredString("roomId"),
            body.requiredString("contentUrl"),
            body.requiredString("displayName"));
    return ApiResponse.ok(RoomTabRenderer.render(tab));
  }

  private ApiResponse delete(ApiRequest request) {
    world.roomTabs.delete(request.caller(), request.pathParam("id"));
    return ApiResponse.noContent();
  }
}
