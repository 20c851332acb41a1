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

  /** Meeting title. */
  public B title(String title) {
    this.title = title;
    return self();
  }

  /** Meeting agenda. */
  public B agenda(String agenda) {
    this.agenda = agenda;
    return self();
  }

  /** Meeting password. */
  public B password(String password) {
    this.password = password;
    return self();
  }

  /** Date and time for the start of meeting in any ISO 8601 compliant format. */
  public B start(Instant start) {
    this.start = start;
    return self();
  }

  /** Date and time for the end of meeting in any ISO 8601 compliant format. */
  public B end(Instant end) {
    this.end = end;
    return self();
  }

  /**
   * Time zone in which the meeting was originally scheduled (conforming with the IANA time zone
   * database).
   */
  public B timezone(String timezone) {
    this.timezone = timezone;
    return self();
  }

  /** Meeting series recurrence rule (conforming with RFC 2445), applying only to meeting series. */
  public B recurrence(String recurrence) {
    this.recurrence = recurrence;
    return self();
  }

  /** Whether or not meeting is recorded automatically. */
  public B enabledAutoRecordMeeting(boolean enabledAutoRecordMeeting) {
    this.enabledAutoRecordMeeting = enabledAutoRecordMeeting;
    return self();
  }

  /**
   * Whether or not to allow any attendee with a host account on the target site to become a cohost
   * when joining the meeting.
   */
  public B allowAnyUserToBeCoHost(boolean allowAnyUserToBeCoHost) {
    this.allowAnyUserToBeCoHost = allowAnyUserToBeCoHost;
    return self();
  }

  /** Whether or not to allow any attendee to join the meeting before the host joins the meeting. */
  public B enabledJoinBeforeHost(boolean enabledJoinBeforeHost) {
    this.enabledJoinBeforeHost = enabledJoinBeforeHost;
    return self();
  }

  /**
   * Whether or not to allow any attendee to connect audio in the meeting before the host joins the
   * meeting.
   */
  public B enableConnectAudioBeforeHost(boolean enableConnectAudioBeforeHost) {
    this.enableConnectAudioBeforeHost = enableConnectAudioBeforeHost;
    return self();
  }

  /**
   * Number of minutes an attendee can join the meeting before the meeting start time and the host
   * joins.
   */
  public B joinBeforeHostMinutes(int joinBeforeHostMinutes) {
    this.joinBeforeHostMinutes = joinBeforeHostMinutes;
    return self();
  }

  /** Whether or not to exclude the meeting password from the email invitation. */
  public B excludePassword(boolean excludePassword) {
    this.excludePassword = excludePassword;
    return self();
  }

  /** Whether or not to allow the meeting to be listed on the public calendar. */
  public B publicMeeting(boolean publicMeeting) {
    this.publicMeeting = publicMeeting;
    return self();
  }

  /**
   * The number of minutes before the meeting begins, that an email reminder is sent to the host.
   */
  public B reminderTime(int reminderTime) {
    this.reminderTime = reminderTime;
    return self();
  }

  /** Specifies how the people who aren't on the invite can join the unlocked meeting. */
  public B unlockedMeetingJoinSecurity(JoinSecurity unlockedMeetingJoinSecurity) {
    this.unlockedMeetingJoinSecurity = unlockedMeetingJoinSecurity;
    return self();
  }

  /** Unique identifier for a meeting session type for the user. */
  public B sessionTypeId(int sessionTypeId) {
    this.sessionTypeId = sessionTypeId;
    return self();
  }

  /** Whether or not webcast view is enabled. */
  public B enabledWebcastView(boolean enabledWebcastView) {
    this.enabledWebcastView = enabledWebcastView;
    return self();
  }

  /** Password for panelists of a webinar meeting. */
  public B panelistPassword(String panelistPassword) {
    this.panelistPassword = panelistPassword;
    return self();
  }

  /** Whether or not to automatically lock the meeting after it starts. */
  public B enableAutomaticLock(boolean enableAutomaticLock) {
    this.enableAutomaticLock = enableAutomaticLock;
    return self();
  }

  /** The number of minutes after the meeting begins, for automatically locking it. */
  public B automaticLockMinutes(int automaticLockMinutes) {
    this.automaticLockMinutes = automaticLockMinutes;
    return self();
  }

  /**
   * Whether or not to allow the first attendee of the meeting with a host account on the target
   * site to become a cohost.
   */
  public B allowFirstUserToBeCoHost(boolean allowFirstUserToBeCoHost) {
    this.allowFirstUserToBeCoHost = allowFirstUserToBeCoHost;
    return self();
  }

  /**
   * Whether or not to allow authenticated video devices in the meeting's organization to start or
   * join the meeting without a prompt.
   */
  public B allowAuthenticatedDevices(boolean allowAuthenticatedDevices) {
    this.allowAuthenticatedDevices = allowAuthenticatedDevices;
    return self();
  }

  /** Whether or not to send emails to host and invitees. */
  public B sendEmail(boolean sendEmail) {
    this.sendEmail = sendEmail;
    return self();
  }

  /** Email address for the meeting host. */
  public B hostEmail(String hostEmail) {
    this.hostEmail = hostEmail;
    return self();
  }

  /** Meeting Options. */
  public B meetingOptions(MeetingOptions meetingOptions) {
    this.meetingOptions = meetingOptions;
    return self();
  }

  /** Attendee Privileges. */
  public B attendeePrivileges(AttendeePrivileges attendeePrivileges) {
    this.attendeePrivileges = attendeePrivileges;
    return self();
  }

  /**
   * External keys created by an integration application in its own domain, for example Zendesk
   * ticket IDs, Jira IDs, Salesforce Opportunity IDs, etc.
   */
  public B integrationTags(List<String> integrationTags) {
    this.integrationTags = integrationTags;
    return self();
  }

  /** Whether or not breakout sessions are enabled. */
  public B enabledBreakoutSessions(boolean enabledBreakoutSessions) {
    this.enabledBreakoutSessions = enabledBreakoutSessions;
    return self();
  }

  /** Tracking codes information. */
  public B trackingCodes(List<TrackingCode> trackingCodes) {
    this.trackingCodes = trackingCodes;
    return self();
  }

  /** Whether or not the audio watermark is enabled. */
  public B enabledAudioWatermark(boolean enabledAudioWatermark) {
    this.enabledAudioWatermark = enabledAudioWatermark;
    return self();
  }

  /** Whether or not the visual watermark is enabled. */
  public B enabledVisualWatermark(boolean enabledVisualWatermark) {
    this.enabledVisualWatermark = enabledVisualWatermark;
    return self();
  }

  /** Opacity level for the visual watermark. */
  public B visualWatermarkOpacity(int visualWatermarkOpacity) {
    this.visualWatermarkOpacity = visualWatermarkOpacity;
    return self();
  }

  /** Audio connection options. */
  public B audioConnectionOptions(AudioConnectionOptions audioConnectionOptions) {
    this.audioConnectionOptions = audioConnectionOptions;
    return self();
  }

  /** Require attendees to sign in before joining the webinar. */
  public B requireAttendeeLogin(boolean requireAttendeeLogin) {
    this.requireAttendeeLogin = requireAttendeeLogin;
    return self();
  }

  /** Restrict webinar to invited attendees only. */
  public B restrictToInvitees(boolean restrictToInvitees) {
    this.restrictToInvitees = restrictToInvitees;
    return self();
  }

  /** Whether or not live streaming is enabled. */
  public B enabledLiveStream(boolean enabledLiveStream) {
    this.enabledLiveStream = enabledLiveStream;
    return self();
  }

  /** Live streaming settings. */
  public B liveStream(LiveStream liveStream) {
    this.liveStream = liveStream;
    return self();
  }
}
