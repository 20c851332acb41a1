package io.github.webex4j.meetings;

import java.util.List;

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
 */
public record RegistrationQuestion(
    String id,
    String question,
    Boolean required,
    QuestionType type,
    Integer maxLength,
    List<QuestionOption> options,
    List<QuestionRule> rules) {

  /** Absent lists become empty lists. */
  public RegistrationQuestion {
    options = options == null ? List.of() : List.copyOf(options);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }
}
