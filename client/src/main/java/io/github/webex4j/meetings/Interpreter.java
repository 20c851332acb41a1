package io.github.webex4j.meetings;

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
 */
public record Interpreter(
    String id, String languageCode1, String languageCode2, String email, String displayName) {}
