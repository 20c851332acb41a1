package io.github.webex4j.rooms;

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
 */
public record RoomMeetingInfo(
    String roomId,
    String meetingLink,
    String sipAddress,
    String meetingNumber,
    String meetingId,
    String callInTollFreeNumber,
    String callInTollNumber) {}
