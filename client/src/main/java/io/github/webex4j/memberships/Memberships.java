package io.github.webex4j.memberships;

import io.github.webex4j.Page;

/**
 * The {@code /memberships} resource (room memberships). Obtain it from {@code
 * WebexClient.memberships()}. All methods perform network I/O, are thread-safe, and throw {@link
 * io.github.webex4j.WebexException} subclasses on failure: {@link
 * io.github.webex4j.NotFoundException} for an unknown id, {@link
 * io.github.webex4j.ConflictException} when the person already is a member, {@link
 * io.github.webex4j.ForbiddenException} when the caller may not change the room. Invalid arguments
 * fail with {@link IllegalArgumentException} before any request.
 */
public interface Memberships {

  /** One page of the caller's memberships in all rooms. */
  Page<Membership> list();

  /**
   * One page of memberships matching the filters.
   *
   * @param params non-null query
   */
  Page<Membership> list(MembershipListParams params);

  /**
   * The membership with this id ({@code GET /memberships/{membershipId}}).
   *
   * @param membershipId non-blank membership id
   */
  Membership get(String membershipId);

  /**
   * Adds a person to a room.
   *
   * @param params non-null body
   */
  Membership create(MembershipCreateParams params);

  /**
   * Changes the moderator and/or hidden flag.
   *
   * @param membershipId non-blank membership id
   * @param params non-null body
   */
  Membership update(String membershipId, MembershipUpdateParams params);

  /**
   * Removes the person from the room.
   *
   * @param membershipId non-blank membership id
   */
  void delete(String membershipId);
}
