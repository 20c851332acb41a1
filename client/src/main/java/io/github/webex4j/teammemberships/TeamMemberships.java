package io.github.webex4j.teammemberships;

import io.github.webex4j.Page;

/**
 * The {@code /team/memberships} resource. Obtain it from {@code WebexClient.teamMemberships()}. All
 * methods perform network I/O, are thread-safe, and throw {@link io.github.webex4j.WebexException}
 * subclasses on failure ({@link io.github.webex4j.NotFoundException} for an unknown id, {@link
 * io.github.webex4j.ConflictException} for an existing member, {@link
 * io.github.webex4j.ForbiddenException} for a caller outside the team). Invalid arguments fail with
 * {@link IllegalArgumentException} before any request.
 */
public interface TeamMemberships {

  /**
   * One page of a team's memberships.
   *
   * @param params non-null query naming the team
   */
  Page<TeamMembership> list(TeamMembershipListParams params);

  /**
   * The team membership with this id.
   *
   * @param membershipId non-blank team membership id
   */
  TeamMembership get(String membershipId);

  /**
   * Adds a person to a team (and to its General space).
   *
   * @param params non-null body
   */
  TeamMembership create(TeamMembershipCreateParams params);

  /**
   * Makes a team member a moderator or not ({@code PUT /team/memberships/{membershipId}}).
   *
   * @param membershipId non-blank team membership id
   * @param params non-null body
   */
  TeamMembership update(String membershipId, TeamMembershipUpdateParams params);

  /**
   * Removes the person from the team. Webex refuses to remove the last moderator.
   *
   * @param membershipId non-blank team membership id
   */
  void delete(String membershipId);
}
