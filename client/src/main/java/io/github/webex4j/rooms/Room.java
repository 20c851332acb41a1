package io.github.webex4j.rooms;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A room (space). Every component except {@code id} may be null when Webex omits it.
 *
 * @param id opaque room id
 * @param title title; for a direct room the other person's display name
 * @param type direct or group ({@link RoomType#UNKNOWN} for a new kind)
 * @param isLocked whether the room is moderated
 * @param teamId id of the team the room belongs to, null if none
 * @param lastActivity time of the last activity
 * @param creatorId id of the person who created the room
 * @param created creation time
 * @param ownerId id of the organization that owns the room
 * @param classificationId data classification id, null if unclassified
 * @param isAnnouncementOnly whether only moderators may post
 * @param isReadOnly whether a compliance officer made the room read-only
 * @param isPublic whether the room is discoverable in the organization
 * @param madePublic when the room was made public, null if it is not public
 * @param description description, null if none
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Room(
    String id,
    @Nullable String title,
    @Nullable RoomType type,
    @Nullable Boolean isLocked,
    @Nullable String teamId,
    @Nullable Instant lastActivity,
    @Nullable String creatorId,
    @Nullable Instant created,
    @Nullable String ownerId,
    @Nullable String classificationId,
    @Nullable Boolean isAnnouncementOnly,
    @Nullable Boolean isReadOnly,
    @Nullable Boolean isPublic,
    @Nullable Instant madePublic,
    @Nullable String description,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public Room {
    extra = Extras.copyOf(extra);
  }
}
