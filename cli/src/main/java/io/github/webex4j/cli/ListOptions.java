package io.github.webex4j.cli;

import io.github.webex4j.AutoPager;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** {@code --limit} and {@code --page-size} of every {@code list} verb (a picocli mixin). */
public final class ListOptions {
  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Stop after N items in total (default: all pages).")
  private Integer limit;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      description = "Items per request (sent as max; default: the server's).")
  private Integer pageSize;

  /** The page size, or null for the server default. */
  public Integer pageSize() {
    return pageSize;
  }

  /** The items of all pages, cut after {@code --limit}; later pages are fetched lazily. */
  public <T> Iterable<T> limit(AutoPager<T> items) {
    return () -> stream(items).iterator();
  }

  /** {@link #limit(AutoPager)} as a stream. */
  public <T> Stream<T> stream(AutoPager<T> items) {
    if (limit == null) {
      return items.stream();
    }
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must not be negative");
    }
    return items.stream().limit(limit);
  }
}
