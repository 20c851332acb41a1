package io.github.webex4j.webhooks;

import io.github.webex4j.WireValue;

/** The resource a webhook watches. */
public enum WebhookResource implements WireValue {
  /** Card submissions. */
  ATTACHMENT_ACTIONS("attachmentActions"),
  /** Data sources. */
  DATA_SOURCES("dataSources"),
  /** Room memberships. */
  MEMBERSHIPS("memberships"),
  /** Messages. */
  MESSAGES("messages"),
  /** Rooms. */
  ROOMS("rooms"),
  /** Meetings. */
  MEETINGS("meetings"),
  /** Meeting recordings. */
  RECORDINGS("recordings"),
  /** Converged (calling) recordings. */
  CONVERGED_RECORDINGS("convergedRecordings"),
  /** Meeting participants. */
  MEETING_PARTICIPANTS("meetingParticipants"),
  /** Meeting transcripts. */
  MEETING_TRANSCRIPTS("meetingTranscripts"),
  /** Calls. */
  TELEPHONY_CALLS("telephony_calls"),
  /** Call conferences. */
  TELEPHONY_CONFERENCE("telephony_conference"),
  /** Voicemail indicators. */
  TELEPHONY_MWI("telephony_mwi"),
  /** UC counters. */
  UC_COUNTERS("uc_counters"),
  /** Service apps. */
  SERVICE_APP("serviceApp"),
  /** Admin batch jobs. */
  ADMIN_BATCH_JOBS("adminBatchJobs"),
  /** Firehose: every resource ([?] accepted in practice, not in the OpenAPI enum). */
  ALL("all"),
  /** A value this client version does not know (never send it). */
  UNKNOWN("unknown");

  private final String wireValue;

  WebhookResource(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
