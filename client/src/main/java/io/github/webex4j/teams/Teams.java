package io.github.webex4j.teams;

import io.github.webex4j.Page;

/**
 * The {@code /teams} resource. Obtain it from {@code WebexClient.teams()}. All methods perform
 * network I/O, are thread-safe, and throw {@link io.github.webex4j.WebexException} subclasses on
 * failure (e.g. {@link io.github.webex4j.NotFoundException} for an unknown id).
 */
public interface Teams {

  /** One page of the teams the caller belongs to, with server defaults. */
  Page<Team> list();

  /**
   * One page of the teams the caller belongs to.
   *
   * @param params non-null query
   */
  Page<Team> list(TeamListParams params);

  /**
   * The team with this id.
   *
   * @param teamId non-blank team id
   * @throws IllegalArgumentException if the id is blank, before any request
   */
  Team get(String teamId);

  /** Creates a team; the caller becomes its first member and moderator. */
  Team create(TeamCreateParams params);

  /**
   * Renames a team or changes its description ({@code PUT /teams/{teamId}}).
   *
   * @param teamId non-blank team id
   * @param params the new name and description
   */
  Team update(String teamId, TeamUpdateParams params);

  /**
   * Deletes a team.
   *
   * @param teamId non-blank team id
   */
  void delete(String teamId);
}
