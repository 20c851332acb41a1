package io.github.webex4j.meetings;

import io.github.webex4j.WireValue;

/** Sound played when someone joins or leaves by phone. */
public enum EntryAndExitTone implements WireValue {
  /** {@code beep}. */
  BEEP("beep"),
  /** {@code announceName}. */
  ANNOUNCE_NAME("announceName"),
  /** {@code noTone}. */
  NO_TONE("noTone"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  EntryAndExitTone(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
