package io.github.webex4j.people;

import io.github.webex4j.internal.util.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /people}. Non-admins must give {@code email} or {@code displayName} (Webex
 * answers 400 otherwise; not checked client-side because admins may list without a filter).
 *
 * @param email only the person with this email
 * @param displayName only people whose name starts with this text
 * @param ids only these person ids, at most 85 (presence fields are then omitted)
 * @param orgId only people of this organization (partner admins)
 * @param roles only people with these role ids (admins)
 * @param callingData include Webex Calling details
 * @param locationId only people at this location
 * @param excludeStatus omit presence status for speed
 * @param pageSize items per page (sent as {@code max}), positive; null for the server default 100
 */
public record PersonListParams(
    @Nullable String email,
    @Nullable String displayName,
    @Nullable List<String> ids,
    @Nullable String orgId,
    @Nullable List<String> roles,
    @Nullable Boolean callingData,
    @Nullable String locationId,
    @Nullable Boolean excludeStatus,
    @Nullable Integer pageSize) {

  /** The most ids Webex accepts in one {@code id} filter. */
  public static final int MAX_IDS = 85;

  /**
   * Checks the query's ids and page size before any request and makes its lists immutable.
   *
   * @throws IllegalArgumentException naming the field if a value is invalid
   */
  public PersonListParams {
    if (ids != null) {
      if (ids.size() > MAX_IDS) {
        throw new IllegalArgumentException("ids must hold at most " + MAX_IDS + " ids");
      }
      for (String id : ids) {
        if (id == null || id.isBlank() || id.contains(",")) {
          throw new IllegalArgumentException("ids must not hold blank ids or commas");
        }
      }
      ids = List.copyOf(ids);
    }
    roles = roles == null ? null : List.copyOf(roles);
    Checks.positive(pageSize, "pageSize");
  }

  /** The person with this email. */
  public static PersonListParams byEmail(String email) {
    Checks.notBlank(email, "email");
    return builder().email(email).build();
  }

  /** People whose display name starts with {@code prefix}. */
  public static PersonListParams byDisplayName(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      throw new IllegalArgumentException("displayName must not be blank");
    }
    return builder().displayName(prefix).build();
  }

  /** People with these ids (at most 85). */
  public static PersonListParams byIds(List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      throw new IllegalArgumentException("ids must not be empty");
    }
    return builder().ids(ids).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PersonListParams}. */
  public static final class Builder {
    private String email;
    private String displayName;
    private List<String> ids;
    private String orgId;
    private List<String> roles;
    private Boolean callingData;
    private String locationId;
    private Boolean excludeStatus;
    private Integer pageSize;

    private Builder() {}

    /** Only the person with this email. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** Only people whose name starts with this text. */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /** Only these ids (at most 85). */
    public Builder ids(List<String> ids) {
      this.ids = ids;
      return this;
    }

    /** Only people of this organization. */
    public Builder orgId(String orgId) {
      this.orgId = orgId;
      return this;
    }

    /** Only people with these role ids. */
    public Builder roles(List<String> roles) {
      this.roles = roles;
      return this;
    }

    /** Include Webex Calling details. */
    public Builder callingData(boolean callingData) {
      this.callingData = callingData;
      return this;
    }

    /** Only people at this location. */
    public Builder locationId(String locationId) {
      this.locationId = locationId;
      return this;
    }

    /** Omit presence status. */
    public Builder excludeStatus(boolean excludeStatus) {
      this.excludeStatus = excludeStatus;
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
    public PersonListParams build() {
      return new PersonListParams(
          email, displayName, ids, orgId, roles, callingData, locationId, excludeStatus, pageSize);
    }
  }
}
