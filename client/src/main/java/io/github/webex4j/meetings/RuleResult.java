package io.github.webex4j.meetings;

import io.github.webex4j.WireValue;

/** Outcome of a registration approval rule. */
public enum RuleResult implements WireValue {
  /** {@code approve}. */
  APPROVE("approve"),
  /** {@code reject}. */
  REJECT("reject"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  RuleResult(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
