package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Checks;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /meetings/join}: whose links to make, for which meeting. Null components are
 * not sent. The client always sends {@code joinDirectly: false}, so that Webex answers with the
 * links instead of redirecting to the join link (a redirect carries no start link and no expiry).
 *
 * @param meetingId the meeting series or scheduled meeting (not an ended or running instance)
 * @param meetingNumber the meeting number
 * @param webLink the meeting's information page
 * @param email the participant the links are for; null for the caller (required for a guest issuer)
 * @param displayName the participant's name, at most 128 characters; needs {@code email}
 * @param password the meeting password, needed when the caller is neither host, cohost nor invitee
 * @param expirationMinutes how long the join link stays valid, 1 to 60 minutes; null for the Webex
 *     default [?] (not documented)
 * @param registrationId the registration id of a webinar with registration
 * @param hostEmail the meeting's host, when an admin or service app acts on the host's behalf
 *     (required for a service app; meetings only, not webinars)
 * @param createJoinLinkAsWebLink true to get the meeting's web link as join link (users must log
 *     in)
 * @param createStartLinkAsWebLink true to get the meeting's web link as start link (users must log
 *     in)
 */
public record MeetingJoinParams(
    @Nullable String meetingId,
    @Nullable String meetingNumber,
    @Nullable String webLink,
    @Nullable String email,
    @Nullable String displayName,
    @Nullable String password,
    @Nullable Integer expirationMinutes,
    @Nullable String registrationId,
    @Nullable String hostEmail,
    @Nullable Boolean createJoinLinkAsWebLink,
    @Nullable Boolean createStartLinkAsWebLink) {
  /** Webex's maximum for {@code expirationMinutes}. */
  public static final int MAX_EXPIRATION_MINUTES = 60;

  /** Webex's maximum length of {@code displayName}. */
  public static final int MAX_DISPLAY_NAME = 128;

  /**
   * Checks before any request that the body names exactly one meeting, a valid participant and a
   * valid link lifetime.
   *
   * @throws IllegalArgumentException unless exactly one of {@code meetingId}, {@code meetingNumber}
   *     and {@code webLink} is given, if {@code displayName} comes without {@code email} or is
   *     longer than 128 characters, or if {@code expirationMinutes} is outside 1..60
   */
  public MeetingJoinParams {
    long given = Stream.of(meetingId, meetingNumber, webLink).filter(Checks::present).count();
    if (given != 1) {
      throw new IllegalArgumentException(
          "exactly one of meetingId, meetingNumber and webLink is required");
    }
    if (displayName != null && !Checks.present(email)) {
      throw new IllegalArgumentException("displayName needs email");
    }
    if (displayName != null && displayName.length() > MAX_DISPLAY_NAME) {
      throw new IllegalArgumentException(
          "displayName must be at most " + MAX_DISPLAY_NAME + " characters");
    }
    if (expirationMinutes != null
        && (expirationMinutes < 1 || expirationMinutes > MAX_EXPIRATION_MINUTES)) {
      throw new IllegalArgumentException(
          "expirationMinutes must be between 1 and " + MAX_EXPIRATION_MINUTES);
    }
  }

  /** The caller's links to a meeting series or scheduled meeting. */
  public static MeetingJoinParams ofMeetingId(String meetingId) {
    return builder().meetingId(meetingId).build();
  }

  /** A builder; set exactly one of meeting id, meeting number and web link. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MeetingJoinParams}. */
  public static final class Builder {
    private String meetingId;
    private String meetingNumber;
    private String webLink;
    private String email;
    private String displayName;
    private String password;
    private Integer expirationMinutes;
    private String registrationId;
    private String hostEmail;
    private Boolean createJoinLinkAsWebLink;
    private Boolean createStartLinkAsWebLink;

    private Builder() {}

    /** See {@link MeetingJoinParams#meetingId()}. */
    public Builder meetingId(String meetingId) {
      this.meetingId = meetingId;
      return this;
    }

    /** See {@link MeetingJoinParams#meetingNumber()}. */
    public Builder meetingNumber(String meetingNumber) {
      this.meetingNumber = meetingNumber;
      return this;
    }

    /** See {@link MeetingJoinParams#webLink()}. */
    public Builder webLink(String webLink) {
      this.webLink = webLink;
      return this;
    }

    /** See {@link MeetingJoinParams#email()} and {@link MeetingJoinParams#displayName()}. */
    public Builder participant(String email, String displayName) {
      this.email = email;
      this.displayName = displayName;
      return this;
    }

    /** See {@link MeetingJoinParams#email()}. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** See {@link MeetingJoinParams#password()}. */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** See {@link MeetingJoinParams#expirationMinutes()}. */
    public Builder expirationMinutes(int expirationMinutes) {
      this.expirationMinutes = expirationMinutes;
      return this;
    }

    /** See {@link MeetingJoinParams#registrationId()}. */
    public Builder registrationId(String registrationId) {
      this.registrationId = registrationId;
      return this;
    }

    /** See {@link MeetingJoinParams#hostEmail()}. */
    public Builder hostEmail(String hostEmail) {
      this.hostEmail = hostEmail;
      return this;
    }

    /** See {@link MeetingJoinParams#createJoinLinkAsWebLink()}. */
    public Builder createJoinLinkAsWebLink(boolean createJoinLinkAsWebLink) {
      this.createJoinLinkAsWebLink = createJoinLinkAsWebLink;
      return this;
    }

    /** See {@link MeetingJoinParams#createStartLinkAsWebLink()}. */
    public Builder createStartLinkAsWebLink(boolean createStartLinkAsWebLink) {
      this.createStartLinkAsWebLink = createStartLinkAsWebLink;
      return this;
    }

    /**
     * Checks and builds the body.
     *
     * @throws IllegalArgumentException as the record's constructor says
     */
    public MeetingJoinParams build() {
      return new MeetingJoinParams(
          meetingId,
          meetingNumber,
          webLink,
          email,
          displayName,
          password,
          expirationMinutes,
          registrationId,
          hostEmail,
          createJoinLinkAsWebLink,
          createStartLinkAsWebLink);
    }
  }
}
