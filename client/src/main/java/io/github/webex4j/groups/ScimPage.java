package io.github.webex4j.groups;

import io.github.webex4j.Page;
import org.jspecify.annotations.Nullable;

/**
 * One page of a SCIM-style list ({@code startIndex}/{@code count} instead of {@code Link}). {@link
 * #nextPage()} requests the same query with {@code startIndex} advanced by the number of items
 * received; {@link #autoPager()} streams all items lazily. {@link #nextCursor()} is the next {@code
 * startIndex} as a string.
 *
 * @param <T> item type
 */
public interface ScimPage<T> extends Page<T> {

  /** Total number of matching items on the server, or null if Webex did not say. */
  @Nullable Integer totalResults();

  /** 1-based index of this page's first item. */
  int startIndex();

  /** Page size the server applied, or null if Webex did not say. */
  @Nullable Integer itemsPerPage();

  @Override
  ScimPage<T> nextPage();
}
