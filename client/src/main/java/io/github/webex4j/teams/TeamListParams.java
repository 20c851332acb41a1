package io.github.webex4j.teams;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /teams}.
 *
 * @param pageSize items per page (sent as {@code max}; Webex caps it at 100), null for the server
 *     default
 */
public record TeamListParams(@Nullable Integer pageSize) {

  /**
   * Checks the query's page size before any request.
   *
   * @throws IllegalArgumentException if {@code pageSize} is not positive
   */
  public TeamListParams {
    Checks.positive(pageSize, "pageSize");
  }

  /** No parameters: server defaults. */
  public static TeamListParams none() {
    return new TeamListParams(null);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TeamListParams}. */
  public static final class Builder {
    private Integer pageSize;

    private Builder() {}

    /** Items per page, positive. */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Creates the query, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException if a value is invalid
     */
    public TeamListParams build() {
      return new TeamListParams(pageSize);
    }
  }
}
