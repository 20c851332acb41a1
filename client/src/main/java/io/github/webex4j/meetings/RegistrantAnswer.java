package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A registrant's answers to one customized question of the meeting's registration form.
 *
 * @param questionId id of the question (see {@link RegistrationQuestion#id()})
 * @param answers the answers, never null
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record RegistrantAnswer(
    @Nullable Long questionId,
    List<RegistrantAnswerOption> answers,
    Map<String, @Nullable Object> extra) {

  /** Absent {@code answers} becomes an empty list. */
  public RegistrantAnswer {
    extra = Extras.copyOf(extra);
    answers = answers == null ? List.of() : List.copyOf(answers);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public RegistrantAnswer(@Nullable Long questionId, List<RegistrantAnswerOption> answers) {
    this(questionId, answers, Map.of());
  }
}
