package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One answer to a customized registration question.
 *
 * @param optionId id of the chosen option (choice questions), null for free text
 * @param answer the answer text
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record RegistrantAnswerOption(
    @Nullable Long optionId, @Nullable String answer, Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public RegistrantAnswerOption {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public RegistrantAnswerOption(@Nullable Long optionId, @Nullable String answer) {
    this(optionId, answer, Map.of());
  }
}
