package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Checks;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Body of {@code PATCH /meetings/{meetingId}}: changes only the fields that are set; null
 * components are not sent and keep their current value. {@code fieldsToClear} names fields to set
 * to null explicitly (Webex allows it for {@code agenda}, {@code recurrence} and {@code
 * trackingCodes}).
 *
 * <p>Why PATCH and not PUT: Webex documents PUT as a full replacement that requires {@code title},
 * {@code start}, {@code end} and {@code password} and resets omitted options to their defaults, and
 * marks it "to be deprecated"; PATCH changes only what is sent, so a caller cannot reset settings
 * by accident or race with another update through a read-modify-write. The limits are the same as
 * for {@link MeetingCreateParams}.
 *
 * @param title meeting title.
 * @param agenda meeting agenda.
 * @param password meeting password.
 * @param start date and time for the start of meeting in any ISO 8601 compliant format.
 * @param end date and time for the end of meeting in any ISO 8601 compliant format.
 * @param timezone time zone in which the meeting was originally scheduled (conforming with the IANA
 *     time zone database).
 * @param recurrence meeting series recurrence rule (conforming with RFC 2445).
 * @param enabledAutoRecordMeeting whether or not meeting is recorded automatically.
 * @param allowAnyUserToBeCoHost whether or not to allow any attendee with a host account on the
 *     target site to become a cohost when joining the meeting.
 * @param enabledJoinBeforeHost whether or not to allow any attendee to join the meeting before the
 *     host joins the meeting.
 * @param enableConnectAudioBeforeHost whether or not to allow any attendee to connect audio in the
 *     meeting before the host joins the meeting.
 * @param joinBeforeHostMinutes number of minutes an attendee can join the meeting before the
 *     meeting start time and the host joins.
 * @param excludePassword whether or not to exclude the meeting password from the email invitation.
 * @param publicMeeting whether or not to allow the meeting to be listed on the public calendar.
 * @param reminderTime the number of minutes before the meeting begins, that an email reminder is
 *     sent to the host.
 * @param unlockedMeetingJoinSecurity specifies how the people who aren't on the invite can join the
 *     unlocked meeting.
 * @param sessionTypeId unique identifier for a meeting session type for the user.
 * @param enabledWebcastView whether or not webcast view is enabled.
 * @param panelistPassword password for panelists of a webinar meeting.
 * @param enableAutomaticLock whether or not to automatically lock the meeting after it starts.
 * @param automaticLockMinutes the number of minutes after the meeting begins, for automatically
 *     locking it.
 * @param allowFirstUserToBeCoHost whether or not to allow the first attendee of the meeting with a
 *     host account on the target site to become a cohost.
 * @param allowAuthenticatedDevices whether or not to allow authenticated video devices in the
 *     meeting's organization to start or join the meeting without a prompt.
 * @param sendEmail whether or not to send emails to host and invitees.
 * @param hostEmail email address for the meeting host.
 * @param meetingOptions meeting Options.
 * @param attendeePrivileges attendee Privileges.
 * @param integrationTags external keys created by an integration application in its own domain, for
 *     example Zendesk ticket IDs, Jira IDs, Salesforce Opportunity IDs, etc.
 * @param enabledBreakoutSessions whether or not breakout sessions are enabled.
 * @param trackingCodes tracking codes information.
 * @param enabledAudioWatermark whether or not the audio watermark is enabled.
 * @param enabledVisualWatermark whether or not the visual watermark is enabled.
 * @param visualWatermarkOpacity opacity level for the visual watermark.
 * @param audioConnectionOptions audio connection options.
 * @param requireAttendeeLogin require attendees to sign in before joining the webinar.
 * @param restrictToInvitees restrict webinar to invited attendees only.
 * @param enabledLiveStream whether or not live streaming is enabled.
 * @param liveStream live streaming settings.
 * @param fieldsToClear fields to set to null explicitly, a subset of {@link #CLEARABLE_FIELDS};
 *     empty for none
 */
public record MeetingUpdateParams(
    String title,
    String agenda,
    String password,
    Instant start,
    Instant end,
    String timezone,
    String recurrence,
    Boolean enabledAutoRecordMeeting,
    Boolean allowAnyUserToBeCoHost,
    Boolean enabledJoinBeforeHost,
    Boolean enableConnectAudioBeforeHost,
    Integer joinBeforeHostMinutes,
    Boolean excludePassword,
    Boolean publicMeeting,
    Integer reminderTime,
    JoinSecurity unlockedMeetingJoinSecurity,
    Integer sessionTypeId,
    Boolean enabledWebcastView,
    String panelistPassword,
    Boolean enableAutomaticLock,
    Integer automaticLockMinutes,
    Boolean allowFirstUserToBeCoHost,
    Boolean allowAuthenticatedDevices,
    Boolean sendEmail,
    String hostEmail,
    MeetingOptions meetingOptions,
    AttendeePrivileges attendeePrivileges,
    List<String> integrationTags,
    Boolean enabledBreakoutSessions,
    List<TrackingCode> trackingCodes,
    Boolean enabledAudioWatermark,
    Boolean enabledVisualWatermark,
    Integer visualWatermarkOpacity,
    AudioConnectionOptions audioConnectionOptions,
    Boolean requireAttendeeLogin,
    Boolean restrictToInvitees,
    Boolean enabledLiveStream,
    LiveStream liveStream,
    Set<String> fieldsToClear) {

  /** The fields Webex lets a PATCH set to null. */
  public static final Set<String> CLEARABLE_FIELDS =
      Set.of("agenda", "recurrence", "trackingCodes");

  /**
   * @throws IllegalArgumentException naming the field if nothing is changed or a documented limit
   *     is broken
   */
  public MeetingUpdateParams {
    fieldsToClear = fieldsToClear == null ? Set.of() : Set.copyOf(fieldsToClear);
    for (String field : fieldsToClear) {
      if (!CLEARABLE_FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "fieldsToClear: " + field + " cannot be cleared (only " + CLEARABLE_FIELDS + ")");
      }
    }
    boolean unchanged =
        java.util.stream.Stream.of(
                title,
                agenda,
                password,
                start,
                end,
                timezone,
                recurrence,
                enabledAutoRecordMeeting,
                allowAnyUserToBeCoHost,
                enabledJoinBeforeHost,
                enableConnectAudioBeforeHost,
                joinBeforeHostMinutes,
                excludePassword,
                publicMeeting,
                reminderTime,
                unlockedMeetingJoinSecurity,
                sessionTypeId,
                enabledWebcastView,
                panelistPassword,
                enableAutomaticLock,
                automaticLockMinutes,
                allowFirstUserToBeCoHost,
                allowAuthenticatedDevices,
                meetingOptions,
                attendeePrivileges,
                integrationTags,
                enabledBreakoutSessions,
                trackingCodes,
                enabledAudioWatermark,
                enabledVisualWatermark,
                visualWatermarkOpacity,
                audioConnectionOptions,
                requireAttendeeLogin,
                restrictToInvitees,
                enabledLiveStream,
                liveStream)
            .allMatch(Objects::isNull);
    if (fieldsToClear.isEmpty() && unchanged) {
      throw new IllegalArgumentException("at least one field must be set or cleared");
    }
    if (title != null) {
      Checks.notBlank(title, "title");
    }
    MeetingLimits.checkTitle(title);
    MeetingLimits.checkAgenda(agenda);
    if (start != null && end != null) {
      MeetingLimits.checkTimes(start, end);
    }
    MeetingLimits.checkIntegrationTags(integrationTags);
    MeetingLimits.checkOpacity(visualWatermarkOpacity);
    MeetingLimits.checkJoinBeforeHostMinutes(joinBeforeHostMinutes, null);
    MeetingLimits.checkWebinarLogin(restrictToInvitees, requireAttendeeLogin);
    integrationTags = MeetingLimits.copyOrNull(integrationTags);
    trackingCodes = MeetingLimits.copyOrNull(trackingCodes);
  }

  /** A builder; set or clear at least one field. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MeetingUpdateParams}. */
  public static final class Builder {
    private String title;
    private String agenda;
    private String password;
    private Instant start;
    private Instant end;
    private String timezone;
    private String recurrence;
    private Boolean enabledAutoRecordMeeting;
    private Boolean allowAnyUserToBeCoHost;
    private Boolean enabledJoinBeforeHost;
    private Boolean enableConnectAudioBeforeHost;
    private Integer joinBeforeHostMinutes;
    private Boolean excludePassword;
    private Boolean publicMeeting;
    private Integer reminderTime;
    private JoinSecurity unlockedMeetingJoinSecurity;
    private Integer sessionTypeId;
    private Boolean enabledWebcastView;
    private String panelistPassword;
    private Boolean enableAutomaticLock;
    private Integer automaticLockMinutes;
    private Boolean allowFirstUserToBeCoHost;
    private Boolean allowAuthenticatedDevices;
    private Boolean sendEmail;
    private String hostEmail;
    private MeetingOptions meetingOptions;
    private AttendeePrivileges attendeePrivileges;
    private List<String> integrationTags;
    private Boolean enabledBreakoutSessions;
    private List<TrackingCode> trackingCodes;
    private Boolean enabledAudioWatermark;
    private Boolean enabledVisualWatermark;
    private Integer visualWatermarkOpacity;
    private AudioConnectionOptions audioConnectionOptions;
    private Boolean requireAttendeeLogin;
    private Boolean restrictToInvitees;
    private Boolean enabledLiveStream;
    private LiveStream liveStream;
    private final Set<String> fieldsToClear = new LinkedHashSet<>();

    private Builder() {}

    /**
     * @param title meeting title.
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * @param agenda meeting agenda.
     */
    public Builder agenda(String agenda) {
      this.agenda = agenda;
      return this;
    }

    /**
     * @param password meeting password.
     */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /**
     * @param start date and time for the start of meeting in any ISO 8601 compliant format.
     */
    public Builder start(Instant start) {
      this.start = start;
      return this;
    }

    /**
     * @param end date and time for the end of meeting in any ISO 8601 compliant format.
     */
    public Builder end(Instant end) {
      this.end = end;
      return this;
    }

    /**
     * @param timezone time zone in which the meeting was originally scheduled (conforming with the
     *     IANA time zone database).
     */
    public Builder timezone(String timezone) {
      this.timezone = timezone;
      return this;
    }

    /**
     * @param recurrence meeting series recurrence rule (conforming with RFC 2445).
     */
    public Builder recurrence(String recurrence) {
      this.recurrence = recurrence;
      return this;
    }

    /**
     * @param enabledAutoRecordMeeting whether or not meeting is recorded automatically.
     */
    public Builder enabledAutoRecordMeeting(boolean enabledAutoRecordMeeting) {
      this.enabledAutoRecordMeeting = enabledAutoRecordMeeting;
      return this;
    }

    /**
     * @param allowAnyUserToBeCoHost whether or not to allow any attendee with a host account on the
     *     target site to become a cohost when joining the meeting.
     */
    public Builder allowAnyUserToBeCoHost(boolean allowAnyUserToBeCoHost) {
      this.allowAnyUserToBeCoHost = allowAnyUserToBeCoHost;
      return this;
    }

    /**
     * @param enabledJoinBeforeHost whether or not to allow any attendee to join the meeting before
     *     the host joins the meeting.
     */
    public Builder enabledJoinBeforeHost(boolean enabledJoinBeforeHost) {
      this.enabledJoinBeforeHost = enabledJoinBeforeHost;
      return this;
    }

    /**
     * @param enableConnectAudioBeforeHost whether or not to allow any attendee to connect audio in
     *     the meeting before the host joins the meeting.
     */
    public Builder enableConnectAudioBeforeHost(boolean enableConnectAudioBeforeHost) {
      this.enableConnectAudioBeforeHost = enableConnectAudioBeforeHost;
      return this;
    }

    /**
     * @param joinBeforeHostMinutes number of minutes an attendee can join the meeting before the
     *     meeting start time and the host joins.
     */
    public Builder joinBeforeHostMinutes(int joinBeforeHostMinutes) {
      this.joinBeforeHostMinutes = joinBeforeHostMinutes;
      return this;
    }

    /**
     * @param excludePassword whether or not to exclude the meeting password from the email
     *     invitation.
     */
    public Builder excludePassword(boolean excludePassword) {
      this.excludePassword = excludePassword;
      return this;
    }

    /**
     * @param publicMeeting whether or not to allow the meeting to be listed on the public calendar.
     */
    public Builder publicMeeting(boolean publicMeeting) {
      this.publicMeeting = publicMeeting;
      return this;
    }

    /**
     * @param reminderTime the number of minutes before the meeting begins, that an email reminder
     *     is sent to the host.
     */
    public Builder reminderTime(int reminderTime) {
      this.reminderTime = reminderTime;
      return this;
    }

    /**
     * @param unlockedMeetingJoinSecurity specifies how the people who aren't on the invite can join
     *     the unlocked meeting.
     */
    public Builder unlockedMeetingJoinSecurity(JoinSecurity unlockedMeetingJoinSecurity) {
      this.unlockedMeetingJoinSecurity = unlockedMeetingJoinSecurity;
      return this;
    }

    /**
     * @param sessionTypeId unique identifier for a meeting session type for the user.
     */
    public Builder sessionTypeId(int sessionTypeId) {
      this.sessionTypeId = sessionTypeId;
      return this;
    }

    /**
     * @param enabledWebcastView whether or not webcast view is enabled.
     */
    public Builder enabledWebcastView(boolean enabledWebcastView) {
      this.enabledWebcastView = enabledWebcastView;
      return this;
    }

    /**
     * @param panelistPassword password for panelists of a webinar meeting.
     */
    public Builder panelistPassword(String panelistPassword) {
      this.panelistPassword = panelistPassword;
      return this;
    }

    /**
     * @param enableAutomaticLock whether or not to automatically lock the meeting after it starts.
     */
    public Builder enableAutomaticLock(boolean enableAutomaticLock) {
      this.enableAutomaticLock = enableAutomaticLock;
      return this;
    }

    /**
     * @param automaticLockMinutes the number of minutes after the meeting begins, for automatically
     *     locking it.
     */
    public Builder automaticLockMinutes(int automaticLockMinutes) {
      this.automaticLockMinutes = automaticLockMinutes;
      return this;
    }

    /**
     * @param allowFirstUserToBeCoHost whether or not to allow the first attendee of the meeting
     *     with a host account on the target site to become a cohost.
     */
    public Builder allowFirstUserToBeCoHost(boolean allowFirstUserToBeCoHost) {
      this.allowFirstUserToBeCoHost = allowFirstUserToBeCoHost;
      return this;
    }

    /**
     * @param allowAuthenticatedDevices whether or not to allow authenticated video devices in the
     *     meeting's organization to start or join the meeting without a prompt.
     */
    public Builder allowAuthenticatedDevices(boolean allowAuthenticatedDevices) {
      this.allowAuthenticatedDevices = allowAuthenticatedDevices;
      return this;
    }

    /**
     * @param sendEmail whether or not to send emails to host and invitees.
     */
    public Builder sendEmail(boolean sendEmail) {
      this.sendEmail = sendEmail;
      return this;
    }

    /**
     * @param hostEmail email address for the meeting host.
     */
    public Builder hostEmail(String hostEmail) {
      this.hostEmail = hostEmail;
      return this;
    }

    /**
     * @param meetingOptions meeting Options.
     */
    public Builder meetingOptions(MeetingOptions meetingOptions) {
      this.meetingOptions = meetingOptions;
      return this;
    }

    /**
     * @param attendeePrivileges attendee Privileges.
     */
    public Builder attendeePrivileges(AttendeePrivileges attendeePrivileges) {
      this.attendeePrivileges = attendeePrivileges;
      return this;
    }

    /**
     * @param integrationTags external keys created by an integration application in its own domain,
     *     for example Zendesk ticket IDs, Jira IDs, Salesforce Opportunity IDs, etc.
     */
    public Builder integrationTags(List<String> integrationTags) {
      this.integrationTags = integrationTags;
      return this;
    }

    /**
     * @param enabledBreakoutSessions whether or not breakout sessions are enabled.
     */
    public Builder enabledBreakoutSessions(boolean enabledBreakoutSessions) {
      this.enabledBreakoutSessions = enabledBreakoutSessions;
      return this;
    }

    /**
     * @param trackingCodes tracking codes information.
     */
    public Builder trackingCodes(List<TrackingCode> trackingCodes) {
      this.trackingCodes = trackingCodes;
      return this;
    }

    /**
     * @param enabledAudioWatermark whether or not the audio watermark is enabled.
     */
    public Builder enabledAudioWatermark(boolean enabledAudioWatermark) {
      this.enabledAudioWatermark = enabledAudioWatermark;
      return this;
    }

    /**
     * @param enabledVisualWatermark whether or not the visual watermark is enabled.
     */
    public Builder enabledVisualWatermark(boolean enabledVisualWatermark) {
      this.enabledVisualWatermark = enabledVisualWatermark;
      return this;
    }

    /**
     * @param visualWatermarkOpacity opacity level for the visual watermark.
     */
    public Builder visualWatermarkOpacity(int visualWatermarkOpacity) {
      this.visualWatermarkOpacity = visualWatermarkOpacity;
      return this;
    }

    /**
     * @param audioConnectionOptions audio connection options.
     */
    public Builder audioConnectionOptions(AudioConnectionOptions audioConnectionOptions) {
      this.audioConnectionOptions = audioConnectionOptions;
      return this;
    }

    /**
     * @param requireAttendeeLogin require attendees to sign in before joining the webinar.
     */
    public Builder requireAttendeeLogin(boolean requireAttendeeLogin) {
      this.requireAttendeeLogin = requireAttendeeLogin;
      return this;
    }

    /**
     * @param restrictToInvitees restrict webinar to invited attendees only.
     */
    public Builder restrictToInvitees(boolean restrictToInvitees) {
      this.restrictToInvitees = restrictToInvitees;
      return this;
    }

    /**
     * @param enabledLiveStream whether or not live streaming is enabled.
     */
    public Builder enabledLiveStream(boolean enabledLiveStream) {
      this.enabledLiveStream = enabledLiveStream;
      return this;
    }

    /**
     * @param liveStream live streaming settings.
     */
    public Builder liveStream(LiveStream liveStream) {
      this.liveStream = liveStream;
      return this;
    }

    /**
     * Sets a field to null on the server.
     *
     * @param field one of {@link MeetingUpdateParams#CLEARABLE_FIELDS}
     */
    public Builder clear(String field) {
      fieldsToClear.add(Objects.requireNonNull(field, "field"));
      return this;
    }

    /**
     * @throws IllegalArgumentException if a value is missing or breaks a documented limit
     */
    public MeetingUpdateParams build() {
      return new MeetingUpdateParams(
          title,
          agenda,
          password,
          start,
          end,
          timezone,
          recurrence,
          enabledAutoRecordMeeting,
          allowAnyUserToBeCoHost,
          enabledJoinBeforeHost,
          enableConnectAudioBeforeHost,
          joinBeforeHostMinutes,
          excludePassword,
          publicMeeting,
          reminderTime,
          unlockedMeetingJoinSecurity,
          sessionTypeId,
          enabledWebcastView,
          panelistPassword,
          enableAutomaticLock,
          automaticLockMinutes,
          allowFirstUserToBeCoHost,
          allowAuthenticatedDevices,
          sendEmail,
          hostEmail,
          meetingOptions,
          attendeePrivileges,
          integrationTags,
          enabledBreakoutSessions,
          trackingCodes,
          enabledAudioWatermark,
          enabledVisualWatermark,
          visualWatermarkOpacity,
          audioConnectionOptions,
          requireAttendeeLogin,
          restrictToInvitees,
          enabledLiveStream,
          liveStream,
          Set.copyOf(fieldsToClear));
    }
  }
}
