package io.github.webex4j.recordings;

import io.github.webex4j.WireValue;

/** File format of a recording. */
public enum RecordingFormat implements WireValue {
  /** {@code MP4}. */
  MP4("MP4"),
  /** {@code ARF} (Webex Advanced Recording Format). */
  ARF("ARF"),
  /** {@code UPLOADED}: uploaded by a user (response only). */
  UPLOADED("UPLOADED"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  RecordingFormat(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
