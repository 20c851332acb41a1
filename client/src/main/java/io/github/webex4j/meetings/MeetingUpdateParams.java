package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Checks;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    @Nullable String title,
    @Nullable String agenda,
    @Nullable String password,
    @Nullable Instant start,
    @Nullable Instant end,
    @Nullable String timezone,
    @Nullable String recurrence,
    @Nullable Boolean enabledAutoRecordMeeting,
    @Nullable Boolean allowAnyUserToBeCoHost,
    @Nullable Boolean enabledJoinBeforeHost,
    @Nullable Boolean enableConnectAudioBeforeHost,
    @Nullable Integer joinBeforeHostMinutes,
    @Nullable Boolean excludePassword,
    @Nullable Boolean publicMeeting,
    @Nullable Integer reminderTime,
    @Nullable JoinSecurity unlockedMeetingJoinSecurity,
    @Nullable Integer sessionTypeId,
    @Nullable Boolean enabledWebcastView,
    @Nullable String panelistPassword,
    @Nullable Boolean enableAutomaticLock,
    @Nullable Integer automaticLockMinutes,
    @Nullable Boolean allowFirstUserToBeCoHost,
    @Nullable Boolean allowAuthenticatedDevices,
    @Nullable Boolean sendEmail,
    @Nullable String hostEmail,
    @Nullable MeetingOptions meetingOptions,
    @Nullable AttendeePrivileges attendeePrivileges,
    @Nullable List<String> integrationTags,
    @Nullable Boolean enabledBreakoutSessions,
    @Nullable List<TrackingCode> trackingCodes,
    @Nullable Boolean enabledAudioWatermark,
    @Nullable Boolean enabledVisualWatermark,
    @Nullable Integer visualWatermarkOpacity,
    @Nullable AudioConnectionOptions audioConnectionOptions,
    @Nullable Boolean requireAttendeeLogin,
    @Nullable Boolean restrictToInvitees,
    @Nullable Boolean enabledLiveStream,
    @Nullable LiveStream liveStream,
    Set<String> fieldsToClear) {

  /** The fields Webex lets a PATCH set to null. */
  public static final Set<String> CLEARABLE_FIELDS =
      Set.of("agenda", "recurrence", "trackingCodes");

  /**
   * Checks before any request that the body changes something and stays within the limits Webex
   * documents.
   *
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
  public static final class Builder extends MeetingSettingsBuilder<Builder> {
    private final Set<String> fieldsToClear = new LinkedHashSet<>();

    private Builder() {}

    @Override
    Builder self() {
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
     * Creates the body, checked as the record's constructor checks it.
     *
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
