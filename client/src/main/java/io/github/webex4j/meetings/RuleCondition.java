package io.github.webex4j.meetings;

import io.github.webex4j.WireValue;

/** Comparison of a registration approval rule. */
public enum RuleCondition implements WireValue {
  /** {@code contains}. */
  CONTAINS("contains"),
  /** {@code notContains}. */
  NOT_CONTAINS("notContains"),
  /** {@code beginsWith}. */
  BEGINS_WITH("beginsWith"),
  /** {@code endsWith}. */
  ENDS_WITH("endsWith"),
  /** {@code equals}. */
  EQUALS("equals"),
  /** {@code notEquals}. */
  NOT_EQUALS("notEquals"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  RuleCondition(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
