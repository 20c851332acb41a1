package io.github.webex4j.licenses;

/**
 * Calling properties for a Webex Calling license. Webex needs {@code phoneNumber} or {@code
 * extension}, and {@code locationId} when there is no phone number; it reports violations as 400.
 *
 * @param locationId location of the user, may be null
 * @param phoneNumber work phone number, may be null
 * @param extension calling extension, may be null
 */
public record LicenseProperties(String locationId, String phoneNumber, String extension) {}
