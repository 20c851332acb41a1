package io.github.webex4j.internal.bulk;

import io.github.webex4j.RateLimitException;
import io.github.webex4j.WebexApiException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.bulk.BulkCall;
import io.github.webex4j.bulk.BulkProgress;
import io.github.webex4j.bulk.BulkResult;
import io.github.webex4j.bulk.ItemResult;
import io.github.webex4j.internal.bulk.AdaptiveRateLimiter.Permit;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * One execution of a bulk call over a list of items: a fixed pool of worker threads takes items in
 * order, each start paced by the shared {@link AdaptiveRateLimiter}. Used once.
 */
final class BulkRun<T, R> {

  private final WebexClient client;
  private final List<T> items;
  private final BulkCall<? super T, ? extends R> call;
  private final AdaptiveRateLimiter limiter;
  private final Clock clock;
  private final Duration defaultRetryAfter;
  private final int maxConcurrency;
  private final int maxRateLimitRetries;
  private final Consumer<? super BulkProgress> listener;
  private final System.Logger log;
  private final AtomicReferenceArray<ItemResult<T, R>> results;
  private final AtomicInteger nextIndex = new AtomicInteger();
  private volatile boolean stopped;
  private Instant start;

  // Guarded by "this".
  private int succeeded;
  private int failed;
  private int rateLimited;

  BulkRun(
      WebexClient client,
      List<T> items,
      BulkCall<? super T, ? extends R> call,
      AdaptiveRateLimiter limiter,
      Clock clock,
      Duration defaultRetryAfter,
      int maxConcurrency,
      int maxRateLimitRetries,
      Consumer<? super BulkProgress> listener,
      System.Logger log) {
    this.client = client;
    this.items = items;
    this.call = call;
    this.limiter = limiter;
    this.clock = clock;
    this.defaultRetryAfter = defaultRetryAfter;
    this.maxConcurrency = maxConcurrency;
    this.maxRateLimitRetries = maxRateLimitRetries;
    this.listener = listener;
    this.log = log;
    this.results = new AtomicReferenceArray<>(items.size());
  }

  BulkResult<T, R> execute() {
    start = clock.instant();
    int workers = Math.min(maxConcurrency, items.size());
    if (workers > 0) {
      runWorkers(workers);
    }
    List<ItemResult<T, R>> list = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      ItemResult<T, R> result = results.get(i);
      list.add(result != null ? result : cancelled(i, 0));
    }
    int limited;
    synchronized (this) {
      limited = rateLimited;
    }
    return new BulkResult<>(list, limited, elapsed());
  }

  private void runWorkers(int workers) {
    AtomicInteger threadNumber = new AtomicInteger();
    String prefix = "webex4j-bulk-" + Integer.toHexString(System.identityHashCode(this)) + "-";
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            task -> {
              Thread thread = new Thread(task, prefix + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    List<Future<?>> futures = new ArrayList<>(workers);
    for (int i = 0; i < workers; i++) {
      futures.add(pool.submit(this::work));
    }
    pool.shutdown();
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      stop(pool);
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // Only an Error thrown by a call gets here: every Exception is recorded for its item.
      stop(pool);
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("bulk worker failed", e.getCause());
    }
  }

  private void stop(ExecutorService pool) {
    stopped = true;
    pool.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void work() {
    int index;
    while (!stopped && (index = nextIndex.getAndIncrement()) < items.size()) {
      ItemResult<T, R> result = process(index);
      results.set(index, result);
      finished(result);
    }
  }

  private ItemResult<T, R> process(int index) {
    T item = items.get(index);
    int attempts = 0;
    while (true) {
      Permit permit;
      try {
        permit = limiter.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return cancelled(index, attempts);
      }
      attempts++;
      try {
        R value = call.call(client, item);
        return new ItemResult<>(index, item, value, null, attempts);
      } catch (Exception e) {
        Optional<Duration> pause = sharedPause(e);
        if (pause.isPresent()) {
          countRateLimited();
          limiter.rateLimited(permit, pause.get());
        }
        if (pause.isEmpty() || attempts > maxRateLimitRetries) {
          if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
          }
          return new ItemResult<>(index, item, null, e, attempts);
        }
      }
    }
  }

  /**
   * The wait before any call may start again if {@code e} says the server refused the request
   * without acting on it: 429, or 503 with {@code Retry-After}.
   */
  private Optional<Duration> sharedPause(Exception e) {
    if (e instanceof RateLimitException limit) {
      return Optional.of(limit.retryAfter().orElse(defaultRetryAfter));
    }
    if (e instanceof WebexApiException api && api.statusCode() == 503) {
      return api.retryAfter();
    }
    return Optional.empty();
  }

  private ItemResult<T, R> cancelled(int index, int attempts) {
    return new ItemResult<>(
        index,
        items.get(index),
        null,
        new CancellationException("the bulk run was interrupted before this item finished"),
        attempts);
  }

  private synchronized void countRateLimited() {
    rateLimited++;
  }

  private synchronized void finished(ItemResult<T, R> result) {
    if (result.succeeded()) {
      succeeded++;
    } else {
      failed++;
    }
    BulkProgress progress =
        new BulkProgress(
            items.size(), succeeded + failed, succeeded, failed, rateLimited, elapsed());
    try {
      listener.accept(progress);
    } catch (RuntimeException e) {
      log.log(Level.WARNING, "bulk progress listener failed", e);
    }
  }

  private Duration elapsed() {
    return Duration.between(start, clock.instant());
  }
}
