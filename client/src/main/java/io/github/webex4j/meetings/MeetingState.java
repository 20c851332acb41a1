package io.github.webex4j.meetings;

import io.github.webex4j.WireValue;

/** State of a meeting. */
public enum MeetingState implements WireValue {
  /** {@code active}. */
  ACTIVE("active"),
  /** {@code scheduled}. */
  SCHEDULED("scheduled"),
  /** {@code ready}. */
  READY("ready"),
  /** {@code lobby}. */
  LOBBY("lobby"),
  /** {@code inProgress}. */
  IN_PROGRESS("inProgress"),
  /** {@code ended}. */
  ENDED("ended"),
  /** {@code missed}. */
  MISSED("missed"),
  /** {@code expired}. */
  EXPIRED("expired"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  MeetingState(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
