package io.github.webex4j.groups;

import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /groups/{groupId}/members}.
 *
 * @param startIndex 1-based index of the first member; null for 1
 * @param count members per page, 1 to 500; null for Webex's default (500)
 */
public record GroupMembersParams(@Nullable Integer startIndex, @Nullable Integer count) {
  /** Webex's maximum for {@code count}. */
  public static final int MAX_COUNT = 500;

  /**
   * Checks the query's paging before any request.
   *
   * @throws IllegalArgumentException if {@code startIndex} is below 1 or {@code count} is outside
   *     1..500
   */
  public GroupMembersParams {
    if (startIndex != null && startIndex < 1) {
      throw new IllegalArgumentException("startIndex must be at least 1");
    }
    if (count != null && (count < 1 || count > MAX_COUNT)) {
      throw new IllegalArgumentException("count must be between 1 and " + MAX_COUNT);
    }
  }

  /** Server defaults: from the first member, up to 500 per page. */
  public static GroupMembersParams none() {
    return new GroupMembersParams(null, null);
  }

  /**
   * Pages of {@code count} members from the first.
   *
   * @param count 1 to 500
   */
  public static GroupMembersParams ofCount(int count) {
    return new GroupMembersParams(null, count);
  }

  /** This query starting at another index (used for paging). */
  public GroupMembersParams withStartIndex(int newStartIndex) {
    return new GroupMembersParams(newStartIndex, count);
  }
}
