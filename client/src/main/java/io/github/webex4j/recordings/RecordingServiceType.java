package io.github.webex4j.recordings;

import io.github.webex4j.WireValue;

/** Webex service a recording was made in. */
public enum RecordingServiceType implements WireValue {
  /** {@code MeetingCenter}. */
  MEETING_CENTER("MeetingCenter"),
  /** {@code EventCenter}. */
  EVENT_CENTER("EventCenter"),
  /** {@code SupportCenter}. */
  SUPPORT_CENTER("SupportCenter"),
  /** {@code TrainingCenter}. */
  TRAINING_CENTER("TrainingCenter"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  RecordingServiceType(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
