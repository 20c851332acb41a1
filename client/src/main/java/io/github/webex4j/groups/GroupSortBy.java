package io.github.webex4j.groups;

import io.github.webex4j.WireValue;

/** Sort key of {@code GET /groups}. */
public enum GroupSortBy implements WireValue {
  /** {@code displayName}. */
  DISPLAY_NAME("displayName"),
  /** {@code id} ([?] only mentioned in the API prose, not the parameter description). */
  ID("id");

  private final String wireValue;

  GroupSortBy(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
