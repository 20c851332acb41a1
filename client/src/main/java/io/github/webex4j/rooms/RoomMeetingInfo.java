package io.github.webex4j.rooms;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Meeting details of a room ({@code GET /rooms/{roomId}/meetingInfo}). Webex deprecated this
 * endpoint (end of life 2025-01-31) and has been observed to answer {@code {}}, so every component
 * may be null.
 *
 * @param roomId the room id
 * @param meetingLink URL of the room's meeting
 * @param sipAddress SIP address for video systems
 * @param meetingNumber meeting number
 * @param meetingId meeting id
 * @param callInTollFreeNumber toll-free call-in number
 * @param callInTollNumber toll call-in number
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record RoomMeetingInfo(
    @Nullable String roomId,
    @Nullable String meetingLink,
    @Nullable String sipAddress,
    @Nullable String meetingNumber,
    @Nullable String meetingId,
    @Nullable String callInTollFreeNumber,
    @Nullable String callInTollNumber,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public RoomMeetingInfo {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public RoomMeetingInfo(
      @Nullable String roomId,
      @Nullable String meetingLink,
      @Nullable String sipAddress,
      @Nullable String meetingNumber,
      @Nullable String meetingId,
      @Nullable String callInTollFreeNumber,
      @Nullable String callInTollNumber) {
    this(
        roomId,
        meetingLink,
        sipAddress,
        meetingNumber,
        meetingId,
        callInTollFreeNumber,
        callInTollNumber,
        Map.of());
  }
}
