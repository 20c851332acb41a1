package io.github.webex4j.internal;

import io.github.webex4j.internal.util.Json;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The client's one-time set-up run ahead of the first call, on a daemon thread of its own. */
public final class Preparation {
  private Preparation() {}

  /**
   * Starts preparing the {@code User-Agent} and the JSON readers of {@code types}.
   *
   * @return completes when done, never exceptionally
   */
  public static CompletableFuture<Void> start(List<Class<?>> types) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                UserAgent.value();
                Json.prepare(types);
              } catch (RuntimeException | LinkageError e) {
                // Ignored: the call that needs the same set-up meets the failure again and reports
                // it there.
              } finally {
                done.complete(null);
              }
            },
            "webex4j-prepare");
    thread.setDaemon(true);
    thread.start();
    return done;
  }
}
