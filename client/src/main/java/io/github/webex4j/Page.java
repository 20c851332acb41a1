package io.github.webex4j;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list result. Immutable; obtained from a resource's {@code list(...)}, which makes
 * exactly one request.
 *
 * @param <T> item type
 */
public interface Page<T> {

  /** The items of this page, in server order; never null. */
  List<T> items();

  /** Whether the server announced a next page ({@code Link: <...>; rel="next"}). */
  boolean hasNextPage();

  /**
   * Fetches the next page by requesting the server's {@code next} URL verbatim.
   *
   * @return the next page
   * @throws java.util.NoSuchElementException if {@link #hasNextPage()} is false
   * @throws WebexException if the request fails
   */
  Page<T> nextPage();

  /**
   * The opaque next-page cursor (the server's {@code next} URL), if any. Useful for logging or for
   * resuming; never build or edit it.
   */
  Optional<String> nextCursor();

  /**
   * A lazy iterable over the items of this page and all following pages. Later pages are fetched
   * only while iterating; memory stays constant (one page at a time). Cap the total with {@code
   * autoPager().stream().limit(n)}.
   */
  default AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }
}
