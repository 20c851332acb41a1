package io.github.webex4j.emulator;

/**
 * What {@link WebexEmulator#endMeeting(String)} produced.
 *
 * @param instanceId the ended meeting instance's id ({@code <series>_I_<digits>}), never null
 * @param recordingId the recording's id (32 hex characters), never null
 */
public record EndedMeeting(String instanceId, String recordingId) {}
