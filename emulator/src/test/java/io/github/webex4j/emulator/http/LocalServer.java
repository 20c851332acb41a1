package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.store.World;
import java.io.IOException;
import java.time.Duration;

/** Starts an {@link EmulatorServer} for {@code world} with {@code api} and small limits. */
final class LocalServer {
  static final Settings SETTINGS =
      new Settings(1024 * 1024, 1024 * 1024, 2, false, 1, Duration.ofMillis(1), 1);

  private LocalServer() {}

  static final ServerLimits LIMITS =
      new ServerLimits(Duration.ofSeconds(10), Duration.ofSeconds(10), 16);

  static EmulatorServer start(World world, Router api) throws IOException {
    return start(world, api, SETTINGS, LIMITS);
  }

  static EmulatorServer start(World world, Router api, Settings settings, ServerLimits limits)
      throws IOException {
    return new EmulatorServer(
        0,
        world,
        api,
        new Router(),
        new Router(),
        new FaultEngine(1, world.clock()),
        new RequestLog(10, 1024 * 1024),
        settings,
        limits);
  }
}
