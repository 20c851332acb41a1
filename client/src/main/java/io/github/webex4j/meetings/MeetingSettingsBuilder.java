package io.github.webex4j.meetings;

import java.time.Instant;
import java.util.List;

/**
 * The settings a meeting has both when created and when updated, and their builder setters, shared
 * by {@link MeetingCreateParams.Builder} and {@link MeetingUpdateParams.Builder} so each is written
 * once. A null field is not sent. Not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class MeetingSettingsBuilder<B extends MeetingSettingsBuilder<B>> {
  String title;
  String agenda;
  String password;
  Instant start;
  Instant end;
  String timezone;
  String recurrence;
  Boolean enabledAutoRecordMeeting;
  Boolean allowAnyUserToBeCoHost;
  Boolean enabledJoinBeforeHost;
  Boolean enableConnectAudioBeforeHost;
  Integer joinBeforeHostMinutes;
  Boolean excludePassword;
  Boolean publicMeeting;
  Integer reminderTime;
  JoinSecurity unlockedMeetingJoinSecurity;
  Integer sessionTypeId;
  Boolean enabledWebcastView;
  String panelistPassword;
  Boolean enableAutomaticLock;
  Integer automaticLockMinutes;
  Boolean allowFirstUserToBeCoHost;
  Boolean allowAuthenticatedDevices;
  Boolean sendEmail;
  String hostEmail;
  MeetingOptions meetingOptions;
  AttendeePrivileges attendeePrivileges;
  List<String> integrationTags;
  Boolean enabledBreakoutSessions;
  List<TrackingCode> trackingCodes;
  Boolean enabledAudioWatermark;
  Boolean enabledVisualWatermark;
  Integer visualWatermarkOpacity;
  AudioConnectionOptions audioConnectionOptions;
  Boolean requireAttendeeLogin;
  Boolean restrictToInvitees;
  Boolean enabledLiveStream;
  LiveStream liveStream;

  MeetingSettingsBuilder() {}

  /** This builder as its concrete type. */
  abstract B self();

  /**
   * @param title meeting title.
   */
  public B title(String title) {
    this.title = title;
    return self();
  }

  /**
   * @param agenda meeting agenda.
   */
  public B agenda(String agenda) {
    this.agenda = agenda;
    return self();
  }

  /**
   * @param password meeting password.
   */
  public B password(String password) {
    this.password = password;
    return self();
  }

  /**
   * @param start date and time for the start of meeting in any ISO 8601 compliant format.
   */
  public B start(Instant start) {
    this.start = start;
    return self();
  }

  /**
   * @param end date and time for the end of meeting in any ISO 8601 compliant format.
   */
  public B end(Instant end) {
    this.end = end;
    return self();
  }

  /**
   * @param timezone time zone in which the meeting was originally scheduled (conforming with the
   *     IANA time zone database).
   */
  public B timezone(String timezone) {
    this.timezone = timezone;
    return self();
  }

  /**
   * @param recurrence meeting series recurrence rule (conforming with RFC 2445), applying only to
   *     meeting series.
   */
  public B recurrence(String recurrence) {
    this.recurrence = recurrence;
    return self();
  }

  /**
   * @param enabledAutoRecordMeeting whether or not meeting is recorded automatically.
   */
  public B enabledAutoRecordMeeting(boolean enabledAutoRecordMeeting) {
    this.enabledAutoRecordMeeting = enabledAutoRecordMeeting;
    return self();
  }

  /**
   * @param allowAnyUserToBeCoHost whether or not to allow any attendee with a host account on the
   *     target site to become a cohost when joining the meeting.
   */
  public B allowAnyUserToBeCoHost(boolean allowAnyUserToBeCoHost) {
    this.allowAnyUserToBeCoHost = allowAnyUserToBeCoHost;
    return self();
  }

  /**
   * @param enabledJoinBeforeHost whether or not to allow any attendee to join the meeting before
   *     the host joins the meeting.
   */
  public B enabledJoinBeforeHost(boolean enabledJoinBeforeHost) {
    this.enabledJoinBeforeHost = enabledJoinBeforeHost;
    return self();
  }

  /**
   * @param enableConnectAudioBeforeHost whether or not to allow any attendee to connect audio in
   *     the meeting before the host joins the meeting.
   */
  public B enableConnectAudioBeforeHost(boolean enableConnectAudioBeforeHost) {
    this.enableConnectAudioBeforeHost = enableConnectAudioBeforeHost;
    return self();
  }

  /**
   * @param joinBeforeHostMinutes number of minutes an attendee can join the meeting before the
   *     meeting start time and the host joins.
   */
  public B joinBeforeHostMinutes(int joinBeforeHostMinutes) {
    this.joinBeforeHostMinutes = joinBeforeHostMinutes;
    return self();
  }

  /**
   * @param excludePassword whether or not to exclude the meeting password from the email
   *     invitation.
   */
  public B excludePassword(boolean excludePassword) {
    this.excludePassword = excludePassword;
    return self();
  }

  /**
   * @param publicMeeting whether or not to allow the meeting to be listed on the public calendar.
   */
  public B publicMeeting(boolean publicMeeting) {
    this.publicMeeting = publicMeeting;
    return self();
  }

  /**
   * @param reminderTime the number of minutes before the meeting begins, that an email reminder is
   *     sent to the host.
   */
  public B reminderTime(int reminderTime) {
    this.reminderTime = reminderTime;
    return self();
  }

  /**
   * @param unlockedMeetingJoinSecurity specifies how the people who aren't on the invite can join
   *     the unlocked meeting.
   */
  public B unlockedMeetingJoinSecurity(JoinSecurity unlockedMeetingJoinSecurity) {
    this.unlockedMeetingJoinSecurity = unlockedMeetingJoinSecurity;
    return self();
  }

  /**
   * @param sessionTypeId unique identifier for a meeting session type for the user.
   */
  public B sessionTypeId(int sessionTypeId) {
    this.sessionTypeId = sessionTypeId;
    return self();
  }

  /**
   * @param enabledWebcastView whether or not webcast view is enabled.
   */
  public B enabledWebcastView(boolean enabledWebcastView) {
    this.enabledWebcastView = enabledWebcastView;
    return self();
  }

  /**
   * @param panelistPassword password for panelists of a webinar meeting.
   */
  public B panelistPassword(String panelistPassword) {
    this.panelistPassword = panelistPassword;
    return self();
  }

  /**
   * @param enableAutomaticLock whether or not to automatically lock the meeting after it starts.
   */
  public B enableAutomaticLock(boolean enableAutomaticLock) {
    this.enableAutomaticLock = enableAutomaticLock;
    return self();
  }

  /**
   * @param automaticLockMinutes the number of minutes after the meeting begins, for automatically
   *     locking it.
   */
  public B automaticLockMinutes(int automaticLockMinutes) {
    this.automaticLockMinutes = automaticLockMinutes;
    return self();
  }

  /**
   * @param allowFirstUserToBeCoHost whether or not to allow the first attendee of the meeting with
   *     a host account on the target site to become a cohost.
   */
  public B allowFirstUserToBeCoHost(boolean allowFirstUserToBeCoHost) {
    this.allowFirstUserToBeCoHost = allowFirstUserToBeCoHost;
    return self();
  }

  /**
   * @param allowAuthenticatedDevices whether or not to allow authenticated video devices in the
   *     meeting's organization to start or join the meeting without a prompt.
   */
  public B allowAuthenticatedDevices(boolean allowAuthenticatedDevices) {
    this.allowAuthenticatedDevices = allowAuthenticatedDevices;
    return self();
  }

  /**
   * @param sendEmail whether or not to send emails to host and invitees.
   */
  public B sendEmail(boolean sendEmail) {
    this.sendEmail = sendEmail;
    return self();
  }

  /**
   * @param hostEmail email address for the meeting host.
   */
  public B hostEmail(String hostEmail) {
    this.hostEmail = hostEmail;
    return self();
  }

  /**
   * @param meetingOptions meeting Options.
   */
  public B meetingOptions(MeetingOptions meetingOptions) {
    this.meetingOptions = meetingOptions;
    return self();
  }

  /**
   * @param attendeePrivileges attendee Privileges.
   */
  public B attendeePrivileges(AttendeePrivileges attendeePrivileges) {
    this.attendeePrivileges = attendeePrivileges;
    return self();
  }

  /**
   * @param integrationTags external keys created by an integration application in its own domain,
   *     for example Zendesk ticket IDs, Jira IDs, Salesforce Opportunity IDs, etc.
   */
  public B integrationTags(List<String> integrationTags) {
    this.integrationTags = integrationTags;
    return self();
  }

  /**
   * @param enabledBreakoutSessions whether or not breakout sessions are enabled.
   */
  public B enabledBreakoutSessions(boolean enabledBreakoutSessions) {
    this.enabledBreakoutSessions = enabledBreakoutSessions;
    return self();
  }

  /**
   * @param trackingCodes tracking codes information.
   */
  public B trackingCodes(List<TrackingCode> trackingCodes) {
    this.trackingCodes = trackingCodes;
    return self();
  }

  /**
   * @param enabledAudioWatermark whether or not the audio watermark is enabled.
   */
  public B enabledAudioWatermark(boolean enabledAudioWatermark) {
    this.enabledAudioWatermark = enabledAudioWatermark;
    return self();
  }

  /**
   * @param enabledVisualWatermark whether or not the visual watermark is enabled.
   */
  public B enabledVisualWatermark(boolean enabledVisualWatermark) {
    this.enabledVisualWatermark = enabledVisualWatermark;
    return self();
  }

  /**
   * @param visualWatermarkOpacity opacity level for the visual watermark.
   */
  public B visualWatermarkOpacity(int visualWatermarkOpacity) {
    this.visualWatermarkOpacity = visualWatermarkOpacity;
    return self();
  }

  /**
   * @param audioConnectionOptions audio connection options.
   */
  public B audioConnectionOptions(AudioConnectionOptions audioConnectionOptions) {
    this.audioConnectionOptions = audioConnectionOptions;
    return self();
  }

  /**
   * @param requireAttendeeLogin require attendees to sign in before joining the webinar.
   */
  public B requireAttendeeLogin(boolean requireAttendeeLogin) {
    this.requireAttendeeLogin = requireAttendeeLogin;
    return self();
  }

  /**
   * @param restrictToInvitees restrict webinar to invited attendees only.
   */
  public B restrictToInvitees(boolean restrictToInvitees) {
    this.restrictToInvitees = restrictToInvitees;
    return self();
  }

  /**
   * @param enabledLiveStream whether or not live streaming is enabled.
   */
  public B enabledLiveStream(boolean enabledLiveStream) {
    this.enabledLiveStream = enabledLiveStream;
    return self();
  }

  /**
   * @param liveStream live streaming settings.
   */
  public B liveStream(LiveStream liveStream) {
    this.liveStream = liveStream;
    return self();
  }
}
