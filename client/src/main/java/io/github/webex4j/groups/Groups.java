package io.github.webex4j.groups;

/**
 * The {@code /groups} resource (admin, SCIM-style paging with {@code startIndex}/{@code count}).
 * Obtain it from {@code WebexClient.groups()}. All methods perform network I/O, are thread-safe,
 * and throw {@link io.github.webex4j.WebexException} subclasses on failure (e.g. {@link
 * io.github.webex4j.NotFoundException} for an unknown id, {@link
 * io.github.webex4j.ForbiddenException} for a non-admin).
 */
public interface Groups {

  /** The first page of the organization's groups, with server defaults. */
  ScimPage<Group> list();

  /**
   * One page of groups; {@code autoPager()} streams all of them, advancing {@code startIndex}.
   *
   * @param params non-null query
   */
  ScimPage<Group> list(GroupListParams params);

  /**
   * The group with this id, without its members.
   *
   * @param groupId non-blank group id
   * @return the group without members
   * @throws IllegalArgumentException if the id is blank, before any request
   */
  Group get(String groupId);

  /**
   * The group with this id, with up to 500 of its members when asked.
   *
   * @param groupId non-blank group id
   * @param includeMembers true to include up to 500 members
   */
  Group get(String groupId, boolean includeMembers);

  /** Creates a group (Webex answers 201 Created). */
  Group create(GroupCreateParams params);

  /**
   * Applies SCIM patch operations ({@code PATCH}).
   *
   * @param groupId non-blank group id
   * @param params non-null operations
   */
  Group update(String groupId, GroupUpdateParams params);

  /**
   * Deletes a group; its members themselves are not deleted.
   *
   * @param groupId non-blank group id
   */
  void delete(String groupId);

  /**
   * One page of a group's members, with the group's own fields ({@link GroupMembersPage#group()});
   * {@code autoPager()} streams all members.
   *
   * @param groupId non-blank group id
   * @param params non-null query ({@code count} at most 500)
   */
  GroupMembersPage members(String groupId, GroupMembersParams params);
}
