package io.github.webex4j.meetings;

/**
 * A telephone number for joining a meeting.
 *
 * @param label label for the call-in number.
 * @param callInNumber call-in number to join the teleconference from a phone.
 * @param tollType type of toll for the call-in number.
 */
public record CallInNumber(String label, String callInNumber, TollType tollType) {}
