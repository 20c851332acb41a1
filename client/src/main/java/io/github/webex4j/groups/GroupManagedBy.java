package io.github.webex4j.groups;

/**
 * A delegate managing a group.
 *
 * @param orgId organization of the delegate
 * @param type resource type of the delegate
 * @param id id of the delegate
 * @param role the delegated role
 */
public record GroupManagedBy(String orgId, String type, String id, String role) {}
