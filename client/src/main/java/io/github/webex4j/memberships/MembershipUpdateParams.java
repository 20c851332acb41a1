package io.github.webex4j.memberships;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /memberships/{membershipId}}. The OpenAPI document marks both fields required;
 * [?] the Webex Python SDK sends only {@code isModerator}, so this client sends whichever fields
 * are set and requires at least one. Set both to be safe against the documented contract.
 *
 * @param isModerator make or unmake a moderator; null = not sent
 * @param isRoomHidden hide or show a direct room in the caller's clients; null = not sent
 */
public record MembershipUpdateParams(
    @Nullable Boolean isModerator, @Nullable Boolean isRoomHidden) {

  /**
   * Checks before any request that the body changes at least one field.
   *
   * @throws IllegalArgumentException if both are null
   */
  public MembershipUpdateParams {
    if (isModerator == null && isRoomHidden == null) {
      throw new IllegalArgumentException("isModerator or isRoomHidden is required");
    }
  }

  /** Sets only the moderator flag. */
  public static MembershipUpdateParams moderator(boolean isModerator) {
    return new MembershipUpdateParams(isModerator, null);
  }

  /** Sets only the hidden flag. */
  public static MembershipUpdateParams roomHidden(boolean isRoomHidden) {
    return new MembershipUpdateParams(null, isRoomHidden);
  }

  /** Sets both flags, as the OpenAPI document requires. */
  public static MembershipUpdateParams of(boolean isModerator, boolean isRoomHidden) {
    return new MembershipUpdateParams(isModerator, isRoomHidden);
  }
}
