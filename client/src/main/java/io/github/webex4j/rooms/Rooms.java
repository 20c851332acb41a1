package io.github.webex4j.rooms;

import io.github.webex4j.Page;

/**
 * The {@code /rooms} resource. Obtain it from {@code WebexClient.rooms()}. All methods perform
 * network I/O, are thread-safe, and throw {@link io.github.webex4j.WebexException} subclasses on
 * failure (e.g. {@link io.github.webex4j.NotFoundException} for an unknown id). Invalid arguments
 * fail with {@link IllegalArgumentException} before any request.
 */
public interface Rooms {

  /** One page of the rooms the caller belongs to, with server defaults. */
  Page<Room> list();

  /**
   * One page of rooms matching the filters.
   *
   * @param params non-null query
   */
  Page<Room> list(RoomListParams params);

  /**
   * The room with this id ({@code GET /rooms/{roomId}}).
   *
   * @param roomId non-blank room id
   */
  Room get(String roomId);

  /**
   * Creates a group room; the caller becomes a member (and moderator if it is locked). Direct rooms
   * cannot be created here: post a message to a person instead.
   *
   * @param params non-null body
   */
  Room create(RoomCreateParams params);

  /**
   * Updates a room. Webex requires the title on every update.
   *
   * @param roomId non-blank room id
   * @param params non-null body
   */
  Room update(String roomId, RoomUpdateParams params);

  /**
   * Deletes a room. If the caller is not a moderator, Webex removes the caller from the room
   * instead; deleting a team room archives it.
   *
   * @param roomId non-blank room id
   */
  void delete(String roomId);

  /**
   * The room's meeting details. Deprecated by Webex (end of life 2025-01-31); may return a record
   * whose components are all null.
   *
   * @param roomId non-blank room id
   */
  RoomMeetingInfo meetingInfo(String roomId);
}
