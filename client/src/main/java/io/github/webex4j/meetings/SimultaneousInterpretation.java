package io.github.webex4j.meetings;

import java.util.List;

/**
 * Simultaneous interpretation settings.
 *
 * @param enabled whether or not simultaneous interpretation is enabled.
 * @param interpreters interpreters for meeting.
 */
public record SimultaneousInterpretation(Boolean enabled, List<Interpreter> interpreters) {

  /** Absent lists become empty lists. */
  public SimultaneousInterpretation {
    interpreters = interpreters == null ? List.of() : List.copyOf(interpreters);
  }
}
