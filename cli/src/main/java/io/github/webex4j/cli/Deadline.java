package io.github.webex4j.cli;

import java.time.Duration;

/** Runs an action once a command has run for longer than its deadline. */
final class Deadline {
  private Deadline() {}

  /**
   * Starts a daemon thread that runs {@code action} after {@code limit} (nothing for zero).
   *
   * @param limit how long the command may run
   * @param action what to do then (the process entry point prints a line and exits)
   */
  static void arm(Duration limit, Runnable action) {
    if (limit.isZero() || limit.isNegative()) {
      return;
    }
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(limit.toMillis());
              } catch (InterruptedException e) {
                return;
              }
              action.run();
            },
            "webex-deadline");
    watchdog.setDaemon(true);
    watchdog.start();
  }
}
