package io.github.webex4j.internal;

import io.github.webex4j.Page;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link Page} whose next page is fetched from the server's {@code Link rel="next"} URL; {@link
 * #others()} holds the envelope's fields besides {@code items}.
 */
public final class LinkedPage<T> implements Page<T> {
  private final List<T> items;
  private final Map<String, Object> others;
  private final String next;
  private final Function<String, LinkedPage<T>> fetcher;

  LinkedPage(
      List<T> items,
      Map<String, Object> others,
      String next,
      Function<String, LinkedPage<T>> fetcher) {
    this.items = List.copyOf(items);
    this.others = others;
    this.next = next;
    this.fetcher = fetcher;
  }

  /** The envelope's top-level fields other than {@code items} (e.g. {@code notFoundIds}). */
  public Map<String, Object> others() {
    return others;
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
  public LinkedPage<T> nextPage() {
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
