package io.github.webex4j.meetings;

import io.github.webex4j.WireValue;

/** Input type of a customized registration question. */
public enum QuestionType implements WireValue {
  /** {@code singleLineTextBox}. */
  SINGLE_LINE_TEXT_BOX("singleLineTextBox"),
  /** {@code multiLineTextBox}. */
  MULTI_LINE_TEXT_BOX("multiLineTextBox"),
  /** {@code checkbox}. */
  CHECKBOX("checkbox"),
  /** {@code dropdownList}. */
  DROPDOWN_LIST("dropdownList"),
  /** {@code radioButtons}. */
  RADIO_BUTTONS("radioButtons"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  QuestionType(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
