package io.github.webex4j.cli;

/**
 * Stops the JDK {@code HttpClient} selector threads before the process exits, which saves about 300
 * ms per command that made a request.
 *
 * <p>Why: on JDK 17, {@code System.exit} waits (in {@code VM_Exit}) up to 30 × 10 ms for every
 * thread that is in native code, and an idle {@code HttpClient}'s selector thread sits in native
 * {@code epoll_wait}; JDK 17 offers no {@code HttpClient.close()}. An interrupted selector thread
 * leaves its loop, closes its selector and ends. [?] The thread is found by the name the JDK gives
 * it ({@code HttpClient-<n>-SelectorManager}, JDK 11–21); if a JDK names it differently nothing is
 * interrupted and the exit is merely slower. Only for the process entry point, after the command
 * finished: any other client's requests in the same JVM would fail.
 */
final class HttpSelectorThreads {
  private HttpSelectorThreads() {}

  /** Interrupts every {@code HttpClient} selector thread of this JVM. */
  static void stop() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 8];
    int count = root.enumerate(threads, true);
    for (int i = 0; i < count; i++) {
      String name = threads[i].getName();
      if (name.startsWith("HttpClient-") && name.endsWith("-SelectorManager")) {
        threads[i].interrupt();
      }
    }
  }
}
