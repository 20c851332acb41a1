package io.github.webex4j.meetings;

import io.github.webex4j.WireValue;

/** How attendees connect audio. */
public enum AudioConnectionType implements WireValue {
  /** {@code webexAudio}. */
  WEBEX_AUDIO("webexAudio"),
  /** {@code VoIP}. */
  VOIP("VoIP"),
  /** {@code other}. */
  OTHER("other"),
  /** {@code none}. */
  NONE("none"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  AudioConnectionType(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
