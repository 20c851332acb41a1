package io.github.webex4j.recordings;

import java.time.Instant;

/**
 * Direct download links of a recording, valid for about three hours. They carry their own ticket,
 * so no access token is sent with them.
 *
 * @param recordingDownloadLink the recording file, null if absent
 * @param audioDownloadLink the audio track, null if absent
 * @param transcriptDownloadLink the transcript, null if absent
 * @param expiration when the links stop working, null if absent
 */
public record TemporaryDownloadLinks(
    String recordingDownloadLink,
    String audioDownloadLink,
    String transcriptDownloadLink,
    Instant expiration) {}
