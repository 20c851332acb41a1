package io.github.webex4j.licenses;

import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /licenses/{licenseId}}.
 *
 * @param includeAssignedTo true sends {@code includeAssignedTo=user}, filling {@link
 *     License#users()}; false omits the parameter
 * @param limit at most this many users (1 to 300; Webex default 300); only with {@code
 *     includeAssignedTo}; null for the default
 * @param next opaque cursor for the next set of users, as found in the {@code next} parameter of
 *     the previous response's {@code Link} URL; null for the first set. {@link
 *     Licenses#assignedUsers} follows it for you.
 */
public record LicenseGetParams(
    boolean includeAssignedTo, @Nullable Integer limit, @Nullable String next) {
  /** Webex's maximum for {@code limit}. */
  public static final int MAX_LIMIT = 300;

  /**
   * Checks the query's paging of assigned users before any request.
   *
   * @throws IllegalArgumentException if {@code limit} is outside 1..300, or {@code limit}/{@code
   *     next} are given without {@code includeAssignedTo}
   */
  public LicenseGetParams {
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    if (!includeAssignedTo && (limit != null || next != null)) {
      throw new IllegalArgumentException("limit and next need includeAssignedTo");
    }
  }

  /** The license with its first (up to 300) assigned users. */
  public static LicenseGetParams withUsers() {
    return new LicenseGetParams(true, null, null);
  }

  /**
   * The license with at most {@code limit} assigned users.
   *
   * @param limit 1 to 300
   */
  public static LicenseGetParams withUsers(int limit) {
    return new LicenseGetParams(true, limit, null);
  }
}
