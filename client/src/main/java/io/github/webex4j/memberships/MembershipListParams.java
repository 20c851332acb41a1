package io.github.webex4j.memberships;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /memberships}. With no filter, lists the caller's memberships in all rooms.
 * {@code personId} / {@code personEmail} need {@code roomId}, except for a compliance officer (not
 * checked client-side).
 *
 * @param roomId only memberships of this room
 * @param personId only memberships of this person
 * @param personEmail only memberships of the person with this email
 * @param pageSize items per page (sent as {@code max}), positive; null for the server default 100
 */
public record MembershipListParams(
    @Nullable String roomId,
    @Nullable String personId,
    @Nullable String personEmail,
    @Nullable Integer pageSize) {

  /**
   * Checks the query's page size and person filter before any request.
   *
   * @throws IllegalArgumentException if {@code pageSize} is not positive or both person filters are
   *     given
   */
  public MembershipListParams {
    Checks.positive(pageSize, "pageSize");
    if (personId != null && personEmail != null) {
      throw new IllegalArgumentException("personId and personEmail cannot be combined");
    }
  }

  /** No filter: the caller's memberships in every room. */
  public static MembershipListParams none() {
    return new MembershipListParams(null, null, null, null);
  }

  /** The members of a room. */
  public static MembershipListParams ofRoom(String roomId) {
    return builder().roomId(roomId).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MembershipListParams}. */
  public static final class Builder {
    private String roomId;
    private String personId;
    private String personEmail;
    private Integer pageSize;

    private Builder() {}

    /** Only memberships of this room. */
    public Builder roomId(String roomId) {
      this.roomId = roomId;
      return this;
    }

    /** Only memberships of this person. */
    public Builder personId(String personId) {
      this.personId = personId;
      return this;
    }

    /** Only memberships of the person with this email. */
    public Builder personEmail(String personEmail) {
      this.personEmail = personEmail;
      return this;
    }

    /** Items per page, positive. */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Creates the query, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException naming the field if a value is invalid
     */
    public MembershipListParams build() {
      return new MembershipListParams(roomId, personId, personEmail, pageSize);
    }
  }
}
