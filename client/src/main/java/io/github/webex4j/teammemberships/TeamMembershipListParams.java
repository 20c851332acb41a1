package io.github.webex4j.teammemberships;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /team/memberships}.
 *
 * @param teamId required team id
 * @param pageSize items per page (sent as {@code max}), positive; null for the server default 100
 */
public record TeamMembershipListParams(String teamId, @Nullable Integer pageSize) {

  /**
   * Checks the query's team and page size before any request.
   *
   * @throws IllegalArgumentException if {@code teamId} is blank or {@code pageSize} not positive
   */
  public TeamMembershipListParams {
    Checks.notBlank(teamId, "teamId");
    Checks.positive(pageSize, "pageSize");
  }

  /** The members of a team, server page size. */
  public static TeamMembershipListParams ofTeam(String teamId) {
    return new TeamMembershipListParams(teamId, null);
  }

  /** The members of a team, {@code pageSize} per page. */
  public static TeamMembershipListParams ofTeam(String teamId, int pageSize) {
    return new TeamMembershipListParams(teamId, pageSize);
  }
}
