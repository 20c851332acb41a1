package io.github.webex4j.teammemberships;

/**
 * Body of {@code PUT /team/memberships/{membershipId}}.
 *
 * @param isModerator required: make or unmake a team moderator
 */
public record TeamMembershipUpdateParams(Boolean isModerator) {

  /**
   * Checks before any request that the body sets {@code isModerator}, which Webex requires.
   *
   * @throws IllegalArgumentException if {@code isModerator} is null
   */
  public TeamMembershipUpdateParams {
    if (isModerator == null) {
      throw new IllegalArgumentException("isModerator is required");
    }
  }

  /** Sets the moderator flag. */
  public static TeamMembershipUpdateParams moderator(boolean isModerator) {
    return new TeamMembershipUpdateParams(isModerator);
  }
}
