package io.github.webex4j.meetings;

import io.github.webex4j.WireValue;

/**
 * What happens to people who try to join an unlocked meeting ({@code unlockedMeetingJoinSecurity}).
 */
public enum JoinSecurity implements WireValue {
  /** {@code allowJoin}. */
  ALLOW_JOIN("allowJoin"),
  /** {@code allowJoinWithLobby}. */
  ALLOW_JOIN_WITH_LOBBY("allowJoinWithLobby"),
  /** {@code blockFromJoin}. */
  BLOCK_FROM_JOIN("blockFromJoin"),
  /** A value this version of webex4j does not know; never send it. */
  UNKNOWN("unknown");

  private final String wireValue;

  JoinSecurity(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
