package io.github.webex4j.internal;

import io.github.webex4j.Page;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/** A {@link Page} whose next page is fetched from the server's {@code Link rel="next"} URL. */
final class LinkedPage<T> implements Page<T> {
  private final List<T> items;
  private final String next;
  private final Function<String, Page<T>> fetcher;

  LinkedPage(List<T> items, String next, Function<String, Page<T>> fetcher) {
    this.items = List.copyOf(items);
    this.next = next;
    this.fetcher = fetcher;
  }

  @Override
  public List<T> items() {
    return items;
  }

  @Override
  public boolean hasNextPage() {
    return next != null;
  }

  @Override
  public Page<T> nextPage() {
    if (next == null) {
      throw new NoSuchElementException("no next page");
    }
    return fetcher.apply(next);
  }

  @Override
  public Optional<String> nextCursor() {
    return Optional.ofNullable(next);
  }

  @Override
  public String toString() {
    return "Page[items=" + items.size() + ", hasNextPage=" + hasNextPage() + "]";
  }
}
