package io.github.webex4j.recordings;

import io.github.webex4j.WireValue;

/** Lifecycle status of a recording. */
public enum RecordingStatus implements WireValue {
  /** {@code available}. */
  AVAILABLE("available"),
  /** {@code deleted}: in the recycle bin. */
  DELETED("deleted"),
  /** {@code purged}: removed from the recycle bin (compliance officers only). */
  PURGED("purged"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  RecordingStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
