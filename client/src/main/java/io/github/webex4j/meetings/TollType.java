package io.github.webex4j.meetings;

import io.github.webex4j.WireValue;

/** Whether a call-in number is toll or toll-free. */
public enum TollType implements WireValue {
  /** {@code toll}. */
  TOLL("toll"),
  /** {@code tollFree}. */
  TOLL_FREE("tollFree"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  TollType(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
