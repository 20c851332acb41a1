package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tracking code of a meeting (site-defined name and the chosen value).
 *
 * @param name name for the tracking code.
 * @param value value for the tracking code.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record TrackingCode(
    @Nullable String name, @Nullable String value, Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public TrackingCode {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public TrackingCode(@Nullable String name, @Nullable String value) {
    this(name, value, Map.of());
  }
}
