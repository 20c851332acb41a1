package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.store.World;
import io.github.webex4j.emulator.store.WorldSnapshot;

/**
 * Control endpoints {@code GET /_emulator/snapshot} (the messaging state as JSON, see {@link
 * WorldSnapshot}) and {@code PUT} or {@code POST /_emulator/snapshot} (replace the state with the
 * body: 204; 400 naming the first bad entry, leaving a freshly seeded world).
 */
public final class SnapshotControlApi implements ApiFamily {
  private final World world;

  /** Creates the control family over {@code world}. */
  public SnapshotControlApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .get("/snapshot", r -> ApiResponse.ok(WorldSnapshot.export(world)))
        .put("/snapshot", this::replace)
        .post("/snapshot", this::replace);
  }

  private ApiResponse replace(ApiRequest request) {
    JsonBody body = request.json();
    world.replace(w -> WorldSnapshot.load(w, body.node()));
    return ApiResponse.noContent();
  }
}
