package io.github.webex4j.teammemberships;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /team/memberships}: adds a person, by id or by email (exactly one), to a
 * team.
 *
 * @param teamId required team id
 * @param personId the person's id (or use {@code personEmail})
 * @param personEmail the person's email (or use {@code personId})
 * @param isModerator make the person a team moderator; null for the server default (false)
 */
public record TeamMembershipCreateParams(
    String teamId,
    @Nullable String personId,
    @Nullable String personEmail,
    @Nullable Boolean isModerator) {

  /**
   * Checks before any request that the body names a team and exactly one person.
   *
   * @throws IllegalArgumentException naming the field if {@code teamId} is blank or not exactly one
   *     of {@code personId} and {@code personEmail} is given
   */
  public TeamMembershipCreateParams {
    Checks.notBlank(teamId, "teamId");
    Checks.exactlyOne(personId, "personId", personEmail, "personEmail");
  }

  /** Adds the person with this email to the team. */
  public static TeamMembershipCreateParams byEmail(String teamId, String personEmail) {
    return new TeamMembershipCreateParams(teamId, null, personEmail, null);
  }

  /** Adds the person with this id to the team. */
  public static TeamMembershipCreateParams byPersonId(String teamId, String personId) {
    return new TeamMembershipCreateParams(teamId, personId, null, null);
  }

  /** A builder; {@code teamId} and one of {@code personId} / {@code personEmail} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TeamMembershipCreateParams}. */
  public static final class Builder {
    private String teamId;
    private String personId;
    private String personEmail;
    private Boolean isModerator;

    private Builder() {}

    /** Required team id. */
    public Builder teamId(String teamId) {
      this.teamId = teamId;
      return this;
    }

    /** The person's id. */
    public Builder personId(String personId) {
      this.personId = personId;
      return this;
    }

    /** The person's email. */
    public Builder personEmail(String personEmail) {
      this.personEmail = personEmail;
      return this;
    }

    /** Team moderator or not. */
    public Builder isModerator(boolean isModerator) {
      this.isModerator = isModerator;
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException naming the field if a value is invalid
     */
    public TeamMembershipCreateParams build() {
      return new TeamMembershipCreateParams(teamId, personId, personEmail, isModerator);
    }
  }
}
