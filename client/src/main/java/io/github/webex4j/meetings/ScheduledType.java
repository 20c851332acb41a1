package io.github.webex4j.meetings;

import io.github.webex4j.WireValue;

/** Whether a meeting is a regular meeting, a webinar or a personal room meeting. */
public enum ScheduledType implements WireValue {
  /** {@code meeting}. */
  MEETING("meeting"),
  /** {@code webinar}. */
  WEBINAR("webinar"),
  /** {@code personalRoomMeeting}. */
  PERSONAL_ROOM_MEETING("personalRoomMeeting"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  ScheduledType(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
