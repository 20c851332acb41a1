package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Checks;
import io.github.webex4j.internal.util.Extras;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A breakout session to pre-assign when scheduling.
 *
 * @param name name for breakout session.
 * @param invitees invitees for breakout session.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record BreakoutSession(
    String name, List<String> invitees, Map<String, @Nullable Object> extra) {

  /**
   * Checks the session's name and makes the invitees and {@code extra} immutable.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public BreakoutSession {
    extra = Extras.copyOf(extra);
    Checks.notBlank(name, "breakoutSessions[].name");
    invitees = invitees == null ? List.of() : List.copyOf(invitees);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public BreakoutSession(String name, List<String> invitees) {
    this(name, invitees, Map.of());
  }
}
