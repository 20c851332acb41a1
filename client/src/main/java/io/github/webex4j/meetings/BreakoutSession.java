package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Checks;
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
    Checks.notBlank(name, "breakoutSessions[].name");
    invitees = invitees == null ? List.of() : List.copyOf(invitees);
  }
}
