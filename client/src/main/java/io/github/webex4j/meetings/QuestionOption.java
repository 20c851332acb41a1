package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An option of a customized registration question.
 *
 * @param id option id (a number in the schema, a string in the examples); null in requests
 * @param value option text
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record QuestionOption(
    @Nullable String id, @Nullable String value, Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public QuestionOption {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public QuestionOption(@Nullable String id, @Nullable String value) {
    this(id, value, Map.of());
  }
}
