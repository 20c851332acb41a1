package io.github.webex4j.organizations;

import java.time.Instant;

/**
 * A Webex organization.
 *
 * @param id opaque organization id
 * @param displayName full name of the organization
 * @param created creation time; null if absent (the API examples use {@code +00:00} offsets, which
 *     decode as well)
 */
public record Organization(String id, String displayName, Instant created) {}
