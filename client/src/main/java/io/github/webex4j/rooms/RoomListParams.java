package io.github.webex4j.rooms;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /rooms}. All components are optional (null = not sent).
 *
 * @param teamId only rooms of this team
 * @param type only rooms of this type (not {@link RoomType#UNKNOWN})
 * @param orgPublicSpaces list the organization's public spaces, joined or not (sorted by {@code
 *     madePublic}); cannot be combined with {@code teamId}, {@code type} or {@code sortBy}
 * @param from only rooms made public after this time
 * @param to only rooms made public before this time
 * @param sortBy sort order
 * @param pageSize items per page, 1-1000 (sent as {@code max}); null for the server default 100
 */
public record RoomListParams(
    @Nullable String teamId,
    @Nullable RoomType type,
    @Nullable Boolean orgPublicSpaces,
    @Nullable Instant from,
    @Nullable Instant to,
    @Nullable RoomSortBy sortBy,
    @Nullable Integer pageSize) {

  /**
   * Checks the query's filters and page size before any request.
   *
   * @throws IllegalArgumentException naming the field if a value or combination is invalid
   */
  public RoomListParams {
    if (pageSize != null && (pageSize < 1 || pageSize > 1000)) {
      throw new IllegalArgumentException("pageSize must be between 1 and 1000");
    }
    if (type == RoomType.UNKNOWN) {
      throw new IllegalArgumentException("type must be DIRECT or GROUP");
    }
    if (Boolean.TRUE.equals(orgPublicSpaces)
        && (teamId != null || type != null || sortBy != null)) {
      throw new IllegalArgumentException(
          "orgPublicSpaces cannot be combined with teamId, type or sortBy");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to");
    }
  }

  /** No filters: server defaults. */
  public static RoomListParams none() {
    return builder().build();
  }

  /** The rooms of a team. */
  public static RoomListParams ofTeam(String teamId) {
    return builder().teamId(teamId).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RoomListParams}. */
  public static final class Builder {
    private String teamId;
    private RoomType type;
    private Boolean orgPublicSpaces;
    private Instant from;
    private Instant to;
    private RoomSortBy sortBy;
    private Integer pageSize;

    private Builder() {}

    /** Only rooms of this team. */
    public Builder teamId(String teamId) {
      this.teamId = teamId;
      return this;
    }

    /** Only rooms of this type. */
    public Builder type(RoomType type) {
      this.type = type;
      return this;
    }

    /** List the organization's public spaces. */
    public Builder orgPublicSpaces(boolean orgPublicSpaces) {
      this.orgPublicSpaces = orgPublicSpaces;
      return this;
    }

    /** Only rooms made public after this time. */
    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    /** Only rooms made public before this time. */
    public Builder to(Instant to) {
      this.to = to;
      return this;
    }

    /** Sort order. */
    public Builder sortBy(RoomSortBy sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /** Items per page, 1-1000. */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Creates the query, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException naming the field if a value is invalid
     */
    public RoomListParams build() {
      return new RoomListParams(teamId, type, orgPublicSpaces, from, to, sortBy, pageSize);
    }
  }
}
