package io.github.webex4j.groups;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /groups}.
 *
 * @param orgId list another organization's groups (partner admins only); null for the caller's
 * @param filter SCIM filter on {@code displayName} with {@code eq} or {@code sw}, e.g. {@code
 *     displayName sw "Sales"}; null for all groups
 * @param attributes comma-separated attributes to return; null for all
 * @param sortBy sort key; null for the server's order
 * @param sortOrder sort direction; null for the server default
 * @param includeMembers true to return up to 500 members per group; null or false for none
 * @param startIndex 1-based index of the first group; null for 1
 * @param count groups per page (positive); null for the server default
 */
public record GroupListParams(
    @Nullable String orgId,
    @Nullable String filter,
    @Nullable String attributes,
    @Nullable GroupSortBy sortBy,
    @Nullable SortOrder sortOrder,
    @Nullable Boolean includeMembers,
    @Nullable Integer startIndex,
    @Nullable Integer count) {

  private static final Pattern FILTER =
      Pattern.compile(
          "displayName\\s+(eq|sw)\\s+\".*\"", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * Checks the query's filter and paging before any request.
   *
   * @throws IllegalArgumentException if the filter is not a {@code displayName eq|sw "..."}
   *     expression, {@code startIndex} is below 1, or {@code count} is not positive
   */
  public GroupListParams {
    if (filter != null && !FILTER.matcher(filter.strip()).matches()) {
      throw new IllegalArgumentException(
          "filter must be 'displayName eq \"...\"' or 'displayName sw \"...\"'");
    }
    if (startIndex != null && startIndex < 1) {
      throw new IllegalArgumentException("startIndex must be at least 1");
    }
    if (count != null && count < 1) {
      throw new IllegalArgumentException("count must be positive");
    }
  }

  /** No parameters: the first page with server defaults. */
  public static GroupListParams none() {
    return builder().build();
  }

  /** Groups whose name is exactly {@code displayName}. */
  public static GroupListParams displayNameEquals(String displayName) {
    return builder().filter("displayName eq " + quote(displayName)).build();
  }

  /** Groups whose name starts with {@code prefix}. */
  public static GroupListParams displayNameStartsWith(String prefix) {
    return builder().filter("displayName sw " + quote(prefix)).build();
  }

  private static String quote(String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("displayName must not be empty");
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** This query starting at another index (used for paging). */
  public GroupListParams withStartIndex(int newStartIndex) {
    return new GroupListParams(
        orgId, filter, attributes, sortBy, sortOrder, includeMembers, newStartIndex, count);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link GroupListParams}. */
  public static final class Builder {
    private String orgId;
    private String filter;
    private String attributes;
    private GroupSortBy sortBy;
    private SortOrder sortOrder;
    private Boolean includeMembers;
    private Integer startIndex;
    private Integer count;

    private Builder() {}

    /** Organization to list (partners). */
    public Builder orgId(String orgId) {
      this.orgId = orgId;
      return this;
    }

    /**
     * Sets the SCIM filter on the group's display name: equal to, or starting with, a value.
     *
     * @param filter {@code displayName eq "..."} or {@code displayName sw "..."}
     */
    public Builder filter(String filter) {
      this.filter = filter;
      return this;
    }

    /** Comma-separated attributes to return. */
    public Builder attributes(String attributes) {
      this.attributes = attributes;
      return this;
    }

    /** Sort key. */
    public Builder sortBy(GroupSortBy sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /** Sort direction. */
    public Builder sortOrder(SortOrder sortOrder) {
      this.sortOrder = sortOrder;
      return this;
    }

    /** Whether to return members (at most 500 per group). */
    public Builder includeMembers(boolean includeMembers) {
      this.includeMembers = includeMembers;
      return this;
    }

    /** 1-based index of the first group. */
    public Builder startIndex(int startIndex) {
      this.startIndex = startIndex;
      return this;
    }

    /** Groups per page, positive. */
    public Builder count(int count) {
      this.count = count;
      return this;
    }

    /**
     * Creates the query, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException if a value is invalid
     */
    public GroupListParams build() {
      return new GroupListParams(
          orgId, filter, attributes, sortBy, sortOrder, includeMembers, startIndex, count);
    }
  }
}
