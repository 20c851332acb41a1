package io.github.webex4j.meetings;

import io.github.webex4j.WireValue;

/** Registration status of a meeting registrant. */
public enum RegistrantStatus implements WireValue {
  /** {@code approved}. */
  APPROVED("approved"),
  /** {@code pending}. */
  PENDING("pending"),
  /** {@code rejected}. */
  REJECTED("rejected"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  RegistrantStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
