package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A simultaneous interpreter of a meeting.
 *
 * @param id unique identifier for meeting interpreter.
 * @param languageCode1 forms a set of simultaneous interpretation channels together with {@code
 *     languageCode2}.
 * @param languageCode2 forms a set of simultaneous interpretation channels together with {@code
 *     languageCode1}.
 * @param email email address of meeting interpreter.
 * @param displayName display name of meeting interpreter.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Interpreter(
    @Nullable String id,
    @Nullable String languageCode1,
    @Nullable String languageCode2,
    @Nullable String email,
    @Nullable String displayName,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public Interpreter {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public Interpreter(
      @Nullable String id,
      @Nullable String languageCode1,
      @Nullable String languageCode2,
      @Nullable String email,
      @Nullable String displayName) {
    this(id, languageCode1, languageCode2, email, displayName, Map.of());
  }
}
