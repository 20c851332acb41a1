package io.github.webex4j.meetings;

import java.util.List;

/**
 * A registrant's answers to one customized question of the meeting's registration form.
 *
 * @param questionId id of the question (see {@link RegistrationQuestion#id()})
 * @param answers the answers, never null
 */
public record RegistrantAnswer(Long questionId, List<RegistrantAnswerOption> answers) {

  /** Absent {@code answers} becomes an empty list. */
  public RegistrantAnswer {
    answers = answers == null ? List.of() : List.copyOf(answers);
  }
}
