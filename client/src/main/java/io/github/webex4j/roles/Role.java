package io.github.webex4j.roles;

/**
 * An administrator role.
 *
 * @param id opaque role id
 * @param name role name, e.g. {@code Full Administrator} (called {@code displayName} before 2018)
 */
public record Role(String id, String name) {}
