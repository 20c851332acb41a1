package io.github.webex4j.people;

import io.github.webex4j.WireValue;

/** Kind of phone number. */
public enum PhoneNumberType implements WireValue {
  /** Work number. */
  WORK("work"),
  /** Work extension (Webex Calling adds a routing prefix). */
  WORK_EXTENSION("work_extension"),
  /** Mobile number. */
  MOBILE("mobile"),
  /** Fax number. */
  FAX("fax"),
  /** A value this client version does not know (never send it). */
  UNKNOWN("unknown");

  private final String wireValue;

  PhoneNumberType(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
