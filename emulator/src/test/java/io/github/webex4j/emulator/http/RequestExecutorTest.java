package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** What {@link RequestExecutor} reports of its request threads. */
class RequestExecutorTest {
  @Test
  void aThreadCountsAsBusyFromItsFirstExchangeUntilTheExchangeEnds() throws Exception {
    try (RequestExecutor executor =
        new RequestExecutor(
            1, new ServerLimits(Duration.ofSeconds(30), Duration.ofSeconds(30), 0))) {
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      executor.execute(
          () -> {
            started.countDown();
            awaitQuietly(release);
          });

      // The pool's own count reads 1 for a thread just started, then 0 until it runs its task.
      awaitBusy(executor, 1);
      while (started.getCount() > 0) {
        assertThat(executor.busyThreads()).as("before the exchange has begun").isEqualTo(1);
      }
      assertThat(executor.busyThreads()).as("while the exchange runs").isEqualTo(1);
      release.countDown();
      awaitBusy(executor, 0);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Spins (no sleeping) until the executor reports {@code expected} busy threads; 10 s at most. */
  private static void awaitBusy(RequestExecutor executor, int expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (executor.busyThreads() != expected) {
      assertThat(System.nanoTime() - deadline).as("waiting for %d", expected).isNegative();
      Thread.onSpinWait();
    }
  }
}
