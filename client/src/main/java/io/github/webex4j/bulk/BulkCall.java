package io.github.webex4j.bulk;

import io.github.webex4j.WebexClient;
import org.jspecify.annotations.Nullable;

/**
 * One call of a bulk run, applied to each item.
 *
 * @param <T> item type
 * @param <R> result type ({@code Void} with {@code return null} for calls without a result)
 */
@FunctionalInterface
public interface BulkCall<T, R> {

  /**
   * Performs the call for {@code item}. Make the API requests through {@code client}: it is the
   * client the bulk run was created from, except that it does not wait on 429 responses itself but
   * throws {@link io.github.webex4j.RateLimitException}, so the run can pause every in-flight call
   * together and retry the item. Make one API request per call, so the requests-per-second ceiling
   * holds.
   *
   * @param client the client to make requests with, never null
   * @param item the item, never null
   * @return the result, may be null
   * @throws Exception any failure; it is recorded for this item and the run continues
   */
  @Nullable R call(WebexClient client, T item) throws Exception;
}
