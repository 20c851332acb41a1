package io.github.webex4j.memberships;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /memberships}: adds a person, given by id or by email (exactly one), to a
 * room.
 *
 * @param roomId required room id
 * @param personId the person's id (or use {@code personEmail})
 * @param personEmail the person's email (or use {@code personId})
 * @param isModerator make the person a moderator; null for the server default (false)
 */
public record MembershipCreateParams(
    String roomId,
    @Nullable String personId,
    @Nullable String personEmail,
    @Nullable Boolean isModerator) {

  /**
   * Checks before any request that the body names a room and exactly one person.
   *
   * @throws IllegalArgumentException naming the field if {@code roomId} is blank or not exactly one
   *     of {@code personId} and {@code personEmail} is given
   */
  public MembershipCreateParams {
    Checks.notBlank(roomId, "roomId");
    Checks.exactlyOne(personId, "personId", personEmail, "personEmail");
  }

  /** Adds the person with this email to the room. */
  public static MembershipCreateParams byEmail(String roomId, String personEmail) {
    return new MembershipCreateParams(roomId, null, personEmail, null);
  }

  /** Adds the person with this id to the room. */
  public static MembershipCreateParams byPersonId(String roomId, String personId) {
    return new MembershipCreateParams(roomId, personId, null, null);
  }

  /** A builder; {@code roomId} and one of {@code personId} / {@code personEmail} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MembershipCreateParams}. */
  public static final class Builder {
    private String roomId;
    private String personId;
    private String personEmail;
    private Boolean isModerator;

    private Builder() {}

    /** Required room id. */
    public Builder roomId(String roomId) {
      this.roomId = roomId;
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

    /** Moderator or not. */
    public Builder isModerator(boolean isModerator) {
      this.isModerator = isModerator;
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException naming the field if a value is invalid
     */
    public MembershipCreateParams build() {
      return new MembershipCreateParams(roomId, personId, personEmail, isModerator);
    }
  }
}
