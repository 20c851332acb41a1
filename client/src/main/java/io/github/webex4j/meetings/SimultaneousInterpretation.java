package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Simultaneous interpretation settings.
 *
 * @param enabled whether or not simultaneous interpretation is enabled.
 * @param interpreters interpreters for meeting.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record SimultaneousInterpretation(
    @Nullable Boolean enabled,
    List<Interpreter> interpreters,
    Map<String, @Nullable Object> extra) {

  /** Absent lists become empty lists. */
  public SimultaneousInterpretation {
    extra = Extras.copyOf(extra);
    interpreters = interpreters == null ? List.of() : List.copyOf(interpreters);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public SimultaneousInterpretation(@Nullable Boolean enabled, List<Interpreter> interpreters) {
    this(enabled, interpreters, Map.of());
  }
}
