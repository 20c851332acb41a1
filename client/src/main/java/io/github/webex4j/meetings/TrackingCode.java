package io.github.webex4j.meetings;

/**
 * A tracking code of a meeting (site-defined name and the chosen value).
 *
 * @param name name for the tracking code.
 * @param value value for the tracking code.
 */
public record TrackingCode(String name, String value) {}
