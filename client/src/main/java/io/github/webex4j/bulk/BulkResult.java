package io.github.webex4j.bulk;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a bulk run: one {@link ItemResult} per input item, in input order.
 *
 * @param items one result per input item, in input order
 * @param rateLimited number of 429 responses the run absorbed (retried items count once per 429)
 * @param elapsed wall time of the run by the client's clock
 * @param <T> item type
 * @param <R> result type
 */
public record BulkResult<T, R>(List<ItemResult<T, R>> items, int rateLimited, Duration elapsed) {

  /** Copies {@code items}. */
  public BulkResult {
    items = List.copyOf(items);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** The items whose call returned normally, in input order. */
  public List<ItemResult<T, R>> successes() {
    return items.stream().filter(ItemResult::succeeded).toList();
  }

  /** The items whose call threw, in input order. */
  public List<ItemResult<T, R>> failures() {
    return items.stream().filter(r -> !r.succeeded()).toList();
  }

  /** True if every item succeeded (also for an empty run). */
  public boolean allSucceeded() {
    return items.stream().allMatch(ItemResult::succeeded);
  }
}
