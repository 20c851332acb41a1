package io.github.webex4j.rooms;

import io.github.webex4j.WireValue;

/** Sort order of {@code GET /rooms}. */
public enum RoomSortBy implements WireValue {
  /** By room id. */
  ID("id"),
  /** Most recent activity first ([?] Webex notes it is unreliable beyond 3000 rooms). */
  LAST_ACTIVITY("lastactivity"),
  /** Most recently created first. */
  CREATED("created");

  private final String wireValue;

  RoomSortBy(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
