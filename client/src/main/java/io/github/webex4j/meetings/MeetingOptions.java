package io.github.webex4j.meetings;

/**
 * Meeting options; each field is null when not given.
 *
 * @param enabledChat whether or not to allow any attendee to chat in the meeting.
 * @param enabledVideo whether or not to allow any attendee to have video in the meeting.
 * @param enabledPolling whether or not to allow any attendee to poll in the meeting.
 * @param enabledNote whether or not to allow any attendee to take notes in the meeting.
 * @param noteType whether note taking is enabled.
 * @param enabledFileTransfer whether or not to allow any attendee to transfer files in the meeting.
 * @param enabledUCFRichMedia whether or not to allow any attendee to share Universal Communications
 *     Format media files in the meeting.
 */
public record MeetingOptions(
    Boolean enabledChat,
    Boolean enabledVideo,
    Boolean enabledPolling,
    Boolean enabledNote,
    NoteType noteType,
    Boolean enabledFileTransfer,
    Boolean enabledUCFRichMedia) {}
