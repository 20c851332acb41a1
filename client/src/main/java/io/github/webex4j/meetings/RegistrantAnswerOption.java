package io.github.webex4j.meetings;

/**
 * One answer to a customized registration question.
 *
 * @param optionId id of the chosen option (choice questions), null for free text
 * @param answer the answer text
 */
public record RegistrantAnswerOption(Long optionId, String answer) {}
