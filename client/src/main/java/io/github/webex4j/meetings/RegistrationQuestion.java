package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A customized question registrants answer.
 *
 * @param id unique identifier for the question.
 * @param question title of the customized question.
 * @param required whether or not the customized question is required to be answered by
 *     participants.
 * @param type type of the question being asked.
 * @param maxLength the maximum length of a string that can be entered by the user, ranging from
 *     {@code 0} to {@code 999}.
 * @param options TThe content of {@code options}.
 * @param rules the automatic approval rules for customized questions.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record RegistrationQuestion(
    @Nullable String id,
    @Nullable String question,
    @Nullable Boolean required,
    @Nullable QuestionType type,
    @Nullable Integer maxLength,
    List<QuestionOption> options,
    List<QuestionRule> rules,
    Map<String, @Nullable Object> extra) {

  /** Absent lists become empty lists. */
  public RegistrationQuestion {
    extra = Extras.copyOf(extra);
    options = options == null ? List.of() : List.copyOf(options);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public RegistrationQuestion(
      @Nullable String id,
      @Nullable String question,
      @Nullable Boolean required,
      @Nullable QuestionType type,
      @Nullable Integer maxLength,
      List<QuestionOption> options,
      List<QuestionRule> rules) {
    this(id, question, required, type, maxLength, options, rules, Map.of());
  }
}
