package io.github.webex4j.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.NotFoundException;
import io.github.webex4j.RateLimitException;
import io.github.webex4j.RetryPolicy;
import io.github.webex4j.ServerException;
import io.github.webex4j.WebexClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bulk runs on virtual time: concurrency bound, rate ceiling, 429 adaptation, failures. */
class BulkTest {
  private final VirtualTime time = new VirtualTime();

  private WebexClient client(RetryPolicy policy) {
    return WebexClient.builder()
        .accessToken("bulk-test-token")
        .baseUrl("http://127.0.0.1:9/v1")
        .environment(Map.of())
        .systemProperties(Map.of())
        .workingDirectory(Path.of("does-not-exist-" + System.nanoTime()))
        .retryPolicy(policy)
        .sleeper(time)
        .clock(time.clock())
        .build();
  }

  private Bulk bulk() {
    return client(RetryPolicy.defaults()).bulk();
  }

  private static List<Integer> items(int count) {
    return IntStream.range(0, count).boxed().toList();
  }

  @Test
  void neverRunsMoreThanMaxConcurrencyCallsAtOnce() {
    // The barrier only opens when three calls are in flight together: fewer would time out.
    CyclicBarrier three = new CyclicBarrier(3);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    Set<String> threads = ConcurrentHashMap.newKeySet();

    BulkResult<Integer, Integer> result =
        bulk()
            .maxConcurrency(3)
            .run(
                items(12),
                (client, item) -> {
                  maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                  threads.add(Thread.currentThread().getName());
                  three.await(10, TimeUnit.SECONDS);
                  inFlight.decrementAndGet();
                  return item * 2;
                });

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.items())
        .extracting(ItemResult::value)
        .isEqualTo(items(12).stream().map(i -> i * 2).toList());
    assertThat(maxInFlight.get()).isEqualTo(3);
    assertThat(threads).hasSize(3);
  }

  @Test
  void neverExceedsTheRequestsPerSecondCeiling() {
    List<Duration> starts = Collections.synchronizedList(new ArrayList<>());
    time.expectWorkers(8);

    BulkResult<Integer, Integer> result =
        bulk()
            .maxConcurrency(8)
            .requestsPerSecond(10)
            .run(
                items(40),
                (client, item) -> {
                  starts.add(time.elapsed());
                  time.sleep(Duration.ofMillis(300)); // latency: several calls in flight
                  return item;
                });

    assertThat(result.allSucceeded()).isTrue();
    List<Duration> sorted = starts.stream().sorted().toList();
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(sorted.get(i).minus(sorted.get(i - 1)))
          .isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }
    for (Duration windowStart : sorted) {
      long inWindow =
          sorted.stream()
              .filter(s -> s.compareTo(windowStart) >= 0)
              .filter(s -> s.compareTo(windowStart.plusSeconds(1)) < 0)
              .count();
      assertThat(inWindow).as("starts in the second from %s", windowStart).isLessThanOrEqualTo(10);
    }
    // 40 starts at 10/s take 3.9 s, plus the last call's 300 ms; slack for scheduling lag.
    assertThat(result.elapsed()).isBetween(Duration.ofMillis(4200), Duration.ofMillis(6000));
  }

  @Test
  void a429PausesAllCallsForRetryAfterThenHalvesTheRateOnceAndRampsBack() {
    FixedWindowServer server = new FixedWindowServer(time, 10, Duration.ofMillis(200));
    time.expectWorkers(4);

    BulkResult<Integer, Integer> result =
        bulk()
            .maxConcurrency(4)
            .requestsPerSecond(20)
            .run(items(60), (client, item) -> server.call(item));

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.items()).extracting(ItemResult::value).isEqualTo(items(60));
    assertThat(result.rateLimited()).isEqualTo(server.rejections().size()).isPositive();
    // One shared pause: after any 429 reached the client, no call starts within its Retry-After.
    for (Duration rejectedAt : server.rejections()) {
      assertThat(server.starts())
          .noneMatch(
              s -> s.compareTo(rejectedAt) > 0 && s.compareTo(rejectedAt.plusSeconds(1)) < 0);
    }
    // The calls in flight with the first rejected one were rejected too, but the rate was halved
    // once (20/s -> 10/s: 100 ms apart), not once per 429 (which would give 200 ms or more).
    Duration firstRejection = server.rejections().get(0);
    List<Duration> after =
        server.starts().stream().filter(s -> s.compareTo(firstRejection) > 0).sorted().toList();
    assertThat(after.get(0)).isGreaterThanOrEqualTo(firstRejection.plusSeconds(1));
    assertThat(after.get(1).minus(after.get(0)))
        .isBetween(Duration.ofMillis(100), Duration.ofMillis(110));
    // AIMD keeps the 429s rare: a client ignoring them would see one every 50 ms after the 10th.
    assertThat(result.rateLimited()).isLessThanOrEqualTo(15);
    // 60 calls at the server's 10/s need 5.2 s; pauses and ramps cost some seconds more.
    assertThat(result.elapsed()).isBetween(Duration.ofMillis(5200), Duration.ofSeconds(15));
  }

  @Test
  void failuresAreRecordedPerItemAndTheBatchRunsToTheEnd() {
    List<BulkProgress> progress = Collections.synchronizedList(new ArrayList<>());
    NotFoundException notFound = new NotFoundException(404, "gone", List.of(), "t-404", null);

    BulkResult<Integer, String> result =
        bulk()
            .maxConcurrency(3)
            .onProgress(progress::add)
            .run(
                items(10),
                (client, item) -> {
                  if (item == 5) {
                    throw notFound;
                  }
                  if (item % 4 == 0) {
                    throw new IllegalStateException("bad item " + item);
                  }
                  return "ok " + item;
                });

    assertThat(result.items()).extracting(ItemResult::index).containsExactlyElementsOf(items(10));
    assertThat(result.items()).extracting(ItemResult::item).containsExactlyElementsOf(items(10));
    assertThat(result.failures()).extracting(ItemResult::item).containsExactly(0, 4, 5, 8);
    assertThat(result.failures().get(2).error()).isSameAs(notFound);
    assertThat(result.failures().get(1).error()).hasMessage("bad item 4");
    assertThat(result.failures()).allSatisfy(f -> assertThat(f.value()).isNull());
    assertThat(result.successes())
        .extracting(ItemResult::value)
        .containsExactly("ok 1", "ok 2", "ok 3", "ok 6", "ok 7", "ok 9");
    assertThat(result.items()).extracting(ItemResult::attempts).containsOnly(1);
    assertThat(result.allSucceeded()).isFalse();
    assertThat(progress)
        .extracting(BulkProgress::completed)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
    BulkProgress last = progress.get(progress.size() - 1);
    assertThat(last).isEqualTo(new BulkProgress(10, 10, 6, 4, 0, last.elapsed()));
    assertThat(last.fraction()).isEqualTo(1.0);
  }

  @Test
  void anItemFailsWithTheLast429AfterMaxRateLimitRetriesAndMissingRetryAfterUsesThePolicyDefault() {
    Bulk bulk =
        client(RetryPolicy.builder().defaultRetryAfter(Duration.ofSeconds(3)).build()).bulk();

    BulkResult<String, String> result =
        bulk.maxRateLimitRetries(2)
            .run(
                List.of("a"),
                (client, item) -> {
                  throw new RateLimitException(429, "slow down", List.of(), "t-429", null);
                });

    ItemResult<String, String> only = result.items().get(0);
    assertThat(only.succeeded()).isFalse();
    assertThat(only.error()).isInstanceOf(RateLimitException.class);
    assertThat(only.attempts()).isEqualTo(3);
    assertThat(result.rateLimited()).isEqualTo(3);
    // Two pauses of the default 3 s happened before the 2nd and 3rd attempt.
    assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(6));
  }

  @Test
  void a503WithRetryAfterIsRetriedAfterAPauseButOtherServerErrorsFailTheItem() {
    AtomicInteger calls = new AtomicInteger();
    List<Duration> starts = Collections.synchronizedList(new ArrayList<>());

    BulkResult<String, String> result =
        bulk()
            .maxConcurrency(1)
            .run(
                List.of("busy", "broken"),
                (client, item) -> {
                  starts.add(time.elapsed());
                  if (item.equals("busy") && calls.incrementAndGet() == 1) {
                    throw new ServerException(503, "busy", List.of(), "t1", Duration.ofSeconds(2));
                  }
                  if (item.equals("broken")) {
                    throw new ServerException(503, "down", List.of(), "t2", null);
                  }
                  return "done";
                });

    assertThat(result.items().get(0).value()).isEqualTo("done");
    assertThat(result.items().get(0).attempts()).isEqualTo(2);
    assertThat(result.items().get(1).error()).hasMessageContaining("down");
    assertThat(result.items().get(1).attempts()).isEqualTo(1);
    // The retry waited out Retry-After; the rate was then halved from the observed one.
    assertThat(starts.get(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(starts.get(2)).isGreaterThan(Duration.ofSeconds(2));
  }

  @Test
  void interruptingTheCallerCancelsItemsThatHaveNotStarted() throws Exception {
    Thread caller = Thread.currentThread();
    CountDownLatch never = new CountDownLatch(1);

    BulkResult<Integer, Integer> result;
    try {
      result =
          bulk()
              .maxConcurrency(1)
              .run(
                  items(4),
                  (client, item) -> {
                    caller.interrupt();
                    never.await(); // released by the run's interruption of its workers
                    return item;
                  });
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }

    assertThat(result.items().get(0).error()).isInstanceOf(InterruptedException.class);
    assertThat(result.items().subList(1, 4))
        .allSatisfy(
            r -> {
              assertThat(r.error()).isInstanceOf(CancellationException.class);
              assertThat(r.attempts()).isZero();
            });
  }

  @Test
  void anEmptyRunReturnsAnEmptyResultAndNullItemsAreRejected() {
    BulkResult<String, String> empty = bulk().run(List.of(), (client, item) -> item);
    assertThat(empty.items()).isEmpty();
    assertThat(empty.allSucceeded()).isTrue();

    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> bulk().run(withNull, (client, item) -> item))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void settingsAreValidatedAndNameTheField() {
    assertThatThrownBy(() -> bulk().maxConcurrency(0)).hasMessageContaining("maxConcurrency");
    assertThatThrownBy(() -> bulk().maxConcurrency(257)).hasMessageContaining("maxConcurrency");
    assertThatThrownBy(() -> bulk().requestsPerSecond(0)).hasMessageContaining("requestsPerSecond");
    assertThatThrownBy(() -> bulk().requestsPerSecond(Double.NaN))
        .hasMessageContaining("requestsPerSecond");
    assertThatThrownBy(() -> bulk().requestsPerSecond(Double.POSITIVE_INFINITY))
        .hasMessageContaining("requestsPerSecond");
    assertThatThrownBy(() -> bulk().maxRateLimitRetries(-1))
        .hasMessageContaining("maxRateLimitRetries");
    Bulk base = bulk();
    assertThat(base.maxConcurrency(2)).isNotSameAs(base);
    assertThat(base.maxConcurrency(2).toString()).contains("maxConcurrency=2");
    assertThat(base.toString()).contains("maxConcurrency=4");
  }

  /**
   * A server limiting requests to {@code limit} per second of virtual time in fixed windows, like
   * the emulator: rejected requests count too, the 429 says Retry-After 1 s and reaches the client
   * after the call's latency.
   */
  private static final class FixedWindowServer {
    private final VirtualTime time;
    private final int limit;
    private final Duration latency;
    private final List<Duration> starts = new ArrayList<>();
    private final List<Duration> rejections = new ArrayList<>();
    private long window = -1;
    private int count;

    FixedWindowServer(VirtualTime time, int limit, Duration latency) {
      this.time = time;
      this.limit = limit;
      this.latency = latency;
    }

    int call(int item) throws InterruptedException {
      boolean rejected;
      synchronized (this) {
        Duration now = time.elapsed();
        starts.add(now);
        long second = now.toSeconds();
        count = second == window ? count + 1 : 1;
        window = second;
        rejected = count > limit;
      }
      time.sleep(latency);
      if (rejected) {
        synchronized (this) {
          rejections.add(time.elapsed());
        }
        throw new RateLimitException(
            429, "Too many requests", List.of(), "t", Duration.ofSeconds(1));
      }
      return item;
    }

    synchronized List<Duration> starts() {
      return List.copyOf(starts);
    }

    synchronized List<Duration> rejections() {
      return List.copyOf(rejections);
    }
  }
}
