package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The watchdog's decisions, driven by the {@code now} it is given (no waiting): a stalled body is
 * answered before its thread is interrupted, an answer that stalls itself is given up after a grace
 * period, stalled headers are interrupted at once, and a finished exchange is left alone.
 */
class WatchTest {
  private static final long MS = 1_000_000L;
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch interrupted = new CountDownLatch(1);
  private final Thread worker =
      new Thread(
          () -> {
            try {
              release.await();
            } catch (InterruptedException e) {
              interrupted.countDown();
            }
          });

  WatchTest() {
    worker.setDaemon(true);
    worker.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    release.countDown();
    worker.join(10_000);
  }

  private boolean wasInterrupted() throws InterruptedException {
    return interrupted.await(0, TimeUnit.MILLISECONDS);
  }

  private boolean awaitInterrupted() throws InterruptedException {
    return interrupted.await(10, TimeUnit.SECONDS);
  }

  @Test
  void aStalledBodyIsAnsweredThenItsThreadIsInterrupted() throws Exception {
    Watch watch = new Watch(worker, Watch.Mode.SERVE, 1000 * MS, 100 * MS);
    AtomicBoolean answeredFirst = new AtomicBoolean();
    watch.readingBody(() -> answeredFirst.set(interrupted.getCount() == 1));
    Executor direct = Runnable::run;

    assertThat(watch.expire(System.nanoTime() + 50 * MS, direct)).isFalse();
    assertThat(watch.expire(System.nanoTime() + 150 * MS, direct)).isTrue();

    assertThat(awaitInterrupted()).isTrue();
    assertThat(answeredFirst).isTrue();
    assertThat(watch.expired()).isTrue();
    assertThat(watch.working()).isFalse();
  }

  @Test
  void anAnswerThatNeverGetsWrittenIsGivenUpAfterTheGrace() throws Exception {
    Watch watch = new Watch(worker, Watch.Mode.SERVE, 1000 * MS, 100 * MS);
    watch.readingBody(() -> {});
    List<Runnable> stuck = new ArrayList<>();
    long start = System.nanoTime();

    assertThat(watch.expire(start + 150 * MS, stuck::add)).isTrue();
    assertThat(stuck).hasSize(1);
    assertThat(watch.expire(start + 900 * MS, stuck::add)).isFalse();
    assertThat(wasInterrupted()).as("within the grace").isFalse();
    watch.expire(start + 1200 * MS, stuck::add);

    assertThat(awaitInterrupted()).isTrue();
    assertThat(stuck).hasSize(1);
  }

  @Test
  void stalledHeadersAreCutOffWithoutAnAnswer() throws Exception {
    Watch watch = new Watch(worker, Watch.Mode.SERVE, 100 * MS, 100 * MS);
    List<Runnable> answers = new ArrayList<>();

    assertThat(watch.expire(System.nanoTime() + 150 * MS, answers::add)).isTrue();

    assertThat(awaitInterrupted()).isTrue();
    assertThat(answers).isEmpty();
  }

  @Test
  void anExchangeThatFinishedIsNotInterruptedByALateAnswer() throws Exception {
    Watch watch = new Watch(worker, Watch.Mode.SERVE, 1000 * MS, 100 * MS);
    watch.readingBody(() -> {});
    List<Runnable> later = new ArrayList<>();
    watch.expire(System.nanoTime() + 150 * MS, later::add);

    watch.done();
    later.get(0).run();
    watch.expire(System.nanoTime() + 5000 * MS, later::add);

    assertThat(wasInterrupted()).isFalse();
  }
}
