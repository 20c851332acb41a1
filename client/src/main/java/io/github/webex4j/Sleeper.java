package io.github.webex4j;

import java.time.Duration;

/**
 * Waits between retries. Injected through {@link WebexClient.Builder#sleeper(Sleeper)} so tests can
 * record waits instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * The real sleeper, backed by {@link Thread#sleep(long)}: waits at least {@code duration},
   * rounded up to whole milliseconds (a zero or negative duration returns at once).
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }

  /**
   * Blocks for {@code duration}.
   *
   * @param duration non-negative wait
   * @throws InterruptedException if interrupted; the client then re-sets the interrupt flag and
   *     throws {@link WebexIoException}
   */
  void sleep(Duration duration) throws InterruptedException;
}
