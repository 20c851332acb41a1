package io.github.webex4j.roles;

import java.util.List;

/**
 * The {@code /roles} resource (admin only). Obtain it from {@code WebexClient.roles()}. All methods
 * perform network I/O, are thread-safe, and throw {@link io.github.webex4j.WebexException}
 * subclasses on failure (e.g. {@link io.github.webex4j.ForbiddenException} for a non-admin).
 */
public interface Roles {

  /**
   * All roles. Not paginated: one request returns the complete list.
   *
   * @return the roles, never null
   */
  List<Role> list();

  /**
   * The role with this id ({@code GET /roles/{roleId}}).
   *
   * @param roleId non-blank role id
   * @throws IllegalArgumentException if the id is blank, before any request
   * @throws io.github.webex4j.NotFoundException if the role is unknown
   */
  Role get(String roleId);
}
