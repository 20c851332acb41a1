package io.github.webex4j.groups;

/**
 * One page of {@code GET /groups/{groupId}/members}. Webex answers with the group object itself, so
 * besides the members the page carries the group's own fields.
 */
public interface GroupMembersPage extends ScimPage<GroupMember> {

  /**
   * The group as this answer describes it ({@code id}, {@code displayName}, {@code orgId}, {@code
   * memberSize}, ...), with this page's members and any undeclared fields in {@code extra()}.
   */
  Group group();

  @Override
  GroupMembersPage nextPage();
}
