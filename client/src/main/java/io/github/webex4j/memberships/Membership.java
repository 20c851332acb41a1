package io.github.webex4j.memberships;

import io.github.webex4j.internal.util.Extras;
import io.github.webex4j.rooms.RoomType;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A person's membership in a room. Components may be null when Webex omits them.
 *
 * @param id opaque membership id
 * @param roomId the room
 * @param personId the member
 * @param personEmail the member's email
 * @param personDisplayName the member's display name
 * @param personOrgId the member's organization
 * @param isModerator whether the member moderates the room
 * @param isRoomHidden whether the direct room is hidden in the member's clients
 * @param roomType type of the room
 * @param isMonitor deprecated by Webex; whether the member is a monitor
 * @param created when the membership was created
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Membership(
    @Nullable String id,
    @Nullable String roomId,
    @Nullable String personId,
    @Nullable String personEmail,
    @Nullable String personDisplayName,
    @Nullable String personOrgId,
    @Nullable Boolean isModerator,
    @Nullable Boolean isRoomHidden,
    @Nullable RoomType roomType,
    @Nullable Boolean isMonitor,
    @Nullable Instant created,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public Membership {
    extra = Extras.copyOf(extra);
  }
}
