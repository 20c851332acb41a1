package io.github.webex4j.groups;

/** Sort direction of {@code GET /groups} ({@code ascending} or {@code descending}). */
public enum SortOrder {
  /** {@code ascending}. */
  ASCENDING,
  /** {@code descending}. */
  DESCENDING
}
