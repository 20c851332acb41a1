package io.github.webex4j;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazily iterates the items of a first page and every page after it. Each iteration starts again at
 * the first page; only the page currently being iterated is held in memory. Fetch failures surface
 * as {@link WebexException} from {@code hasNext()}/{@code next()}.
 *
 * @param <T> item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T> first;

  AutoPager(Page<T> first) {
    this.first = Objects.requireNonNull(first, "first");
  }

  @Override
  public Iterator<T> iterator() {
    return new PageIterator<>(first);
  }

  /** A sequential, ordered stream over all items; later pages are fetched on demand. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static final class PageIterator<T> implements Iterator<T> {
    private Page<T> page;
    private Iterator<T> items;

    PageIterator(Page<T> first) {
      this.page = first;
      this.items = first.items().iterator();
    }

    @Override
    public boolean hasNext() {
      while (!items.hasNext()) {
        if (!page.hasNextPage()) {
          return false;
        }
        page = page.nextPage();
        items = page.items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.next();
    }
  }
}
