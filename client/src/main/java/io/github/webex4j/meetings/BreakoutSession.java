package io.github.webex4j.meetings;

import java.util.List;

/**
 * A breakout session to pre-assign when scheduling.
 *
 * @param name name for breakout session.
 * @param invitees invitees for breakout session.
 */
public record BreakoutSession(String name, List<String> invitees) {

  /**
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public BreakoutSession {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("breakoutSessions[].name must not be blank");
    }
    invitees = invitees == null ? List.of() : List.copyOf(invitees);
  }
}
