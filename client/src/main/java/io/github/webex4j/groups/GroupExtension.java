package io.github.webex4j.groups;

import io.github.webex4j.internal.util.Extras;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Cisco SCIM extension of a group ({@code
 * urn:scim:schemas:extension:cisco:webexidentity:2.0:Group}).
 *
 * @param usage the group's usage, e.g. {@code policy}; may be null
 * @param owners person ids of the group's owners, may be empty
 * @param inheritances inherited roles (only {@code policy} groups), may be empty
 * @param managedBy delegates of the group, may be empty
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record GroupExtension(
    @Nullable String usage,
    List<String> owners,
    List<GroupInheritance> inheritances,
    List<GroupManagedBy> managedBy,
    Map<String, @Nullable Object> extra) {
  /** The extension's schema URN, also the JSON key of the extension object. */
  public static final String SCHEMA = "urn:scim:schemas:extension:cisco:webexidentity:2.0:Group";

  /** Null lists become empty lists. */
  public GroupExtension {
    extra = Extras.copyOf(extra);
    owners = owners == null ? List.of() : List.copyOf(owners);
    inheritances = inheritances == null ? List.of() : List.copyOf(inheritances);
    managedBy = managedBy == null ? List.of() : List.copyOf(managedBy);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public GroupExtension(
      @Nullable String usage,
      List<String> owners,
      List<GroupInheritance> inheritances,
      List<GroupManagedBy> managedBy) {
    this(usage, owners, inheritances, managedBy, Map.of());
  }
}
