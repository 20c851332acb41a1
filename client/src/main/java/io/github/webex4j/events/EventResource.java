package io.github.webex4j.events;

import io.github.webex4j.WireValue;

/** The kind of resource a compliance event is about. */
public enum EventResource implements WireValue {
  /** Card submissions. */
  ATTACHMENT_ACTIONS("attachmentActions"),
  /** SMS messages. */
  BUSINESS_TEXTS("businessTexts"),
  /** Call records. */
  CALL_RECORDS("call_records"),
  /** Calling recordings. */
  CONVERGED_RECORDINGS("convergedRecordings"),
  /** File previews. */
  FILE_TRANSCODINGS("file_transcodings"),
  /** File downloads. */
  FILES("files"),
  /** Meeting chat. */
  MEETING_MESSAGES("meetingMessages"),
  /** Meetings. */
  MEETINGS("meetings"),
  /** Meeting transcripts. */
  MEETING_TRANSCRIPTS("meetingTranscripts"),
  /** Room memberships. */
  MEMBERSHIPS("memberships"),
  /** Messages. */
  MESSAGES("messages"),
  /** Rooms. */
  ROOMS("rooms"),
  /** Space tabs. */
  TABS("tabs"),
  /** A value this client version does not know (never send it). */
  UNKNOWN("unknown");

  private final String wireValue;

  EventResource(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
