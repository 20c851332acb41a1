package io.github.webex4j.meetings;

/**
 * A HATEOAS link of a meeting (e.g. to its breakout sessions or global call-in numbers).
 *
 * @param rel link relation describing how the target resource is related to the current context
 *     (conforming with RFC5998).
 * @param href target resource URI (conforming with RFC5998).
 * @param method target resource method (conforming with RFC5998).
 */
public record MeetingLink(String rel, String href, String method) {}
