package io.github.webex4j.groups;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A delegate managing a group.
 *
 * @param orgId organization of the delegate
 * @param type resource type of the delegate
 * @param id id of the delegate
 * @param role the delegated role
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record GroupManagedBy(
    @Nullable String orgId,
    @Nullable String type,
    @Nullable String id,
    @Nullable String role,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public GroupManagedBy {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public GroupManagedBy(
      @Nullable String orgId, @Nullable String type, @Nullable String id, @Nullable String role) {
    this(orgId, type, id, role, Map.of());
  }
}
