package io.github.webex4j.meetings;

/**
 * An option of a customized registration question.
 *
 * @param id option id (a number in the schema, a string in the examples); null in requests
 * @param value option text
 */
public record QuestionOption(String id, String value) {}
