package io.github.webex4j.meetings;

import io.github.webex4j.WireValue;

/**
 * Kind of meeting object: a series, one scheduled occurrence, or an actual (in-progress or ended)
 * instance.
 */
public enum MeetingType implements WireValue {
  /** {@code meetingSeries}. */
  MEETING_SERIES("meetingSeries"),
  /** {@code scheduledMeeting}. */
  SCHEDULED_MEETING("scheduledMeeting"),
  /** {@code meeting}. */
  MEETING("meeting"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  MeetingType(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
