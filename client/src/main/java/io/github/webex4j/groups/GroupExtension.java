package io.github.webex4j.groups;

import java.util.List;

/**
 * The Cisco SCIM extension of a group ({@code
 * urn:scim:schemas:extension:cisco:webexidentity:2.0:Group}).
 *
 * @param usage the group's usage, e.g. {@code policy}; may be null
 * @param owners person ids of the group's owners, may be empty
 * @param inheritances inherited roles (only {@code policy} groups), may be empty
 * @param managedBy delegates of the group, may be empty
 */
public record GroupExtension(
    String usage,
    List<String> owners,
    List<GroupInheritance> inheritances,
    List<GroupManagedBy> managedBy) {
  /** The extension's schema URN, also the JSON key of the extension object. */
  public static final String SCHEMA = "urn:scim:schemas:extension:cisco:webexidentity:2.0:Group";

  /** Null lists become empty lists. */
  public GroupExtension {
    owners = owners == null ? List.of() : List.copyOf(owners);
    inheritances = inheritances == null ? List.of() : List.copyOf(inheritances);
    managedBy = managedBy == null ? List.of() : List.copyOf(managedBy);
  }
}
