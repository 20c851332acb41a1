package io.github.webex4j.groups;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A group of people in an organization.
 *
 * @param id opaque group id
 * @param displayName group name
 * @param orgId the owning organization
 * @param created creation time, null if absent
 * @param lastModified last modification time, null if absent
 * @param memberSize number of members, null if absent
 * @param members members, only filled when requested ({@code includeMembers}, at most 500) or on
 *     create/update; otherwise empty
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Group(
    @Nullable String id,
    @Nullable String displayName,
    @Nullable String orgId,
    @Nullable Instant created,
    @Nullable Instant lastModified,
    @Nullable Integer memberSize,
    List<GroupMember> members,
    Map<String, @Nullable Object> extra) {

  /** Absent {@code members} becomes an empty list. */
  public Group {
    extra = Extras.copyOf(extra);
    members = members == null ? List.of() : List.copyOf(members);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public Group(
      @Nullable String id,
      @Nullable String displayName,
      @Nullable String orgId,
      @Nullable Instant created,
      @Nullable Instant lastModified,
      @Nullable Integer memberSize,
      List<GroupMember> members) {
    this(id, displayName, orgId, created, lastModified, memberSize, members, Map.of());
  }
}
