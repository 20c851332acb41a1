package io.github.webex4j.bulk;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * Runs one call per item, concurrently, for work such as adding a thousand members. Obtain it from
 * {@code WebexClient.bulk()}. Immutable: each setting returns a new {@code Bulk}; one instance may
 * run any number of batches, also concurrently (each run has its own limits).
 *
 * <p>Guarantees of {@link #run}:
 *
 * <ul>
 *   <li>At most {@link #maxConcurrency(int)} calls are in flight at once; each runs on one of that
 *       many worker threads, which exist only during the run.
 *   <li>Calls start at most {@link #requestsPerSecond(double)} times in any one-second window (the
 *       whole number below a fractional rate; below 1 per second, at most one per {@code
 *       1/requestsPerSecond} seconds), on an even cadence of {@code 1/requestsPerSecond} so they do
 *       not come in bursts. Without that setting the rate is unbounded until the first 429.
 *   <li>A 429 ({@link io.github.webex4j.RateLimitException}) pauses the start of every further call
 *       for its {@code Retry-After} (the client's {@link
 *       io.github.webex4j.RetryPolicy#defaultRetryAfter()} if absent), halves the rate once per
 *       episode (429s of calls already in flight when the rate was cut do not cut it again), and
 *       retries the item after the pause. The rate then grows back linearly to the ceiling in about
 *       five seconds.
 *   <li>A 503 with {@code Retry-After} is treated like a 429 (the server did not act on it).
 *   <li>Any other exception fails only its item; the batch always runs to the end. An {@link Error}
 *       thrown by a call stops the run and is rethrown by {@link #run}.
 * </ul>
 *
 * Rates are measured where calls start; a server counting arrivals in fixed one-second windows may
 * see one more request in a window than the configured rate when network latency varies, so set the
 * ceiling slightly below a hard server limit.
 */
public interface Bulk {

  /**
   * A copy of this runner that keeps at most {@code calls} calls in flight.
   *
   * @param calls maximum calls in flight at once, 1 to 256; default 4
   * @return a copy with this setting
   * @throws IllegalArgumentException if out of range
   */
  Bulk maxConcurrency(int calls);

  /**
   * A copy of this runner that starts at most {@code perSecond} calls per second.
   *
   * @param perSecond ceiling for call starts per second, positive and finite; by default there is
   *     none
   * @return a copy with this setting
   * @throws IllegalArgumentException if not positive or not finite
   */
  Bulk requestsPerSecond(double perSecond);

  /**
   * A copy of this runner that retries one item at most {@code retries} times after 429.
   *
   * @param retries how often one item is retried after 429 responses before it fails with the last
   *     {@link io.github.webex4j.RateLimitException}, {@code >= 0}; default 10
   * @return a copy with this setting
   * @throws IllegalArgumentException if negative
   */
  Bulk maxRateLimitRetries(int retries);

  /**
   * A copy of this runner that reports each finished item to {@code listener}.
   *
   * @param listener called after each item finishes, on a worker thread, one call at a time and
   *     with {@code completed} increasing by one each time; it should return quickly (it holds up
   *     the worker). An exception it throws is logged and otherwise ignored.
   * @return a copy with this setting
   */
  Bulk onProgress(Consumer<? super BulkProgress> listener);

  /**
   * Calls {@code call} once per item (more often after 429s) and waits until every item has
   * finished. Does network I/O through the calls.
   *
   * <p>If the calling thread is interrupted, the run stops starting calls, interrupts the calls in
   * flight, re-sets the interrupt flag and returns: items that never started fail with {@link
   * java.util.concurrent.CancellationException} and {@code attempts() == 0}.
   *
   * @param items the items, none null; iterated once, before the first call
   * @param call applied to each item
   * @return one result per item, in input order; never null
   * @throws NullPointerException if {@code items} contains null
   */
  <T, R> BulkResult<T, R> run(Collection<? extends T> items, BulkCall<? super T, ? extends R> call);
}
