package io.github.webex4j.groups;

import java.time.Instant;
import java.util.List;

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
 */
public record Group(
    String id,
    String displayName,
    String orgId,
    Instant created,
    Instant lastModified,
    Integer memberSize,
    List<GroupMember> members) {

  /** Absent {@code members} becomes an empty list. */
  public Group {
    members = members == null ? List.of() : List.copyOf(members);
  }
}
