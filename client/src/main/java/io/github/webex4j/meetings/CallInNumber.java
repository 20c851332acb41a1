package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A telephone number for joining a meeting.
 *
 * @param label label for the call-in number.
 * @param callInNumber call-in number to join the teleconference from a phone.
 * @param tollType type of toll for the call-in number.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record CallInNumber(
    @Nullable String label,
    @Nullable String callInNumber,
    @Nullable TollType tollType,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public CallInNumber {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public CallInNumber(
      @Nullable String label, @Nullable String callInNumber, @Nullable TollType tollType) {
    this(label, callInNumber, tollType, Map.of());
  }
}
