package io.github.webex4j.meetings;

/**
 * Audio connection options of a meeting; fields are null when not given.
 *
 * @param audioConnectionType choose how meeting attendees join the audio portion of the meeting.
 * @param enabledTollFreeCallIn whether or not to show toll-free call-in numbers.
 * @param enabledGlobalCallIn whether or not to show global call-in numbers to attendees.
 * @param enabledAudienceCallBack whether or not to allow attendees to receive a call-back and
 *     call-in is available.
 * @param entryAndExitTone select the sound you want users who have a phone audio connection to hear
 *     when someone enters or exits the meeting.
 * @param allowHostToUnmuteParticipants whether or not to allow the host to unmute participants.
 * @param allowAttendeeToUnmuteSelf whether or not to allow attendees to unmute themselves.
 * @param muteAttendeeUponEntry whether or not to auto-mute attendees when attendees enter meetings.
 */
public record AudioConnectionOptions(
    AudioConnectionType audioConnectionType,
    Boolean enabledTollFreeCallIn,
    Boolean enabledGlobalCallIn,
    Boolean enabledAudienceCallBack,
    EntryAndExitTone entryAndExitTone,
    Boolean allowHostToUnmuteParticipants,
    Boolean allowAttendeeToUnmuteSelf,
    Boolean muteAttendeeUponEntry) {}
