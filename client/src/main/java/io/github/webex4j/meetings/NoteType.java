package io.github.webex4j.meetings;

import io.github.webex4j.WireValue;

/** Who may take notes in a meeting. */
public enum NoteType implements WireValue {
  /** {@code allowAll}. */
  ALLOW_ALL("allowAll"),
  /** {@code allowOne}. */
  ALLOW_ONE("allowOne"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  NoteType(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
