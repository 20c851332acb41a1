package io.github.webex4j.recordings;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A meeting recording. Ids are 32 hex characters, not base64.
 *
 * @param id recording id
 * @param meetingId the meeting instance that was recorded
 * @param scheduledMeetingId the scheduled meeting (occurrence), null if absent
 * @param meetingSeriesId the meeting series, null if absent
 * @param topic recording topic
 * @param createTime when the recording file was created
 * @param timeRecorded when the recording started
 * @param hostEmail the host's email (admin, compliance-officer and group views), null otherwise
 * @param hostDisplayName the host's name (admin, compliance-officer and group views), null
 *     otherwise
 * @param siteUrl the Webex site
 * @param downloadUrl a page for downloading the recording; null when downloads are prevented
 * @param playbackUrl a page for playing the recording
 * @param password password of the recording, null if none
 * @param format file format; {@link RecordingFormat#UNKNOWN} for unknown values
 * @param serviceType Webex service; {@link RecordingServiceType#UNKNOWN} for unknown values
 * @param durationSeconds length in seconds
 * @param sizeBytes file size in bytes
 * @param shareToMe whether the recording was shared with the caller (rather than hosted)
 * @param integrationTags integration tags of the meeting
 * @param status lifecycle status; {@link RecordingStatus#UNKNOWN} for unknown values
 * @param temporaryDirectDownloadLinks direct links (only from {@code get}), null otherwise
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Recording(
    @Nullable String id,
    @Nullable String meetingId,
    @Nullable String scheduledMeetingId,
    @Nullable String meetingSeriesId,
    @Nullable String topic,
    @Nullable Instant createTime,
    @Nullable Instant timeRecorded,
    @Nullable String hostEmail,
    @Nullable String hostDisplayName,
    @Nullable String siteUrl,
    @Nullable String downloadUrl,
    @Nullable String playbackUrl,
    @Nullable String password,
    @Nullable RecordingFormat format,
    @Nullable RecordingServiceType serviceType,
    @Nullable Long durationSeconds,
    @Nullable Long sizeBytes,
    @Nullable Boolean shareToMe,
    List<String> integrationTags,
    @Nullable RecordingStatus status,
    @Nullable TemporaryDownloadLinks temporaryDirectDownloadLinks,
    Map<String, @Nullable Object> extra) {

  /** Absent {@code integrationTags} becomes an empty list. */
  public Recording {
    extra = Extras.copyOf(extra);
    integrationTags = integrationTags == null ? List.of() : List.copyOf(integrationTags);
  }
}
