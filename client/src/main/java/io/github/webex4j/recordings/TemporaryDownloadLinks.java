package io.github.webex4j.recordings;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Direct download links of a recording, valid for about three hours. They carry their own ticket,
 * so no access token is sent with them.
 *
 * @param recordingDownloadLink the recording file, null if absent
 * @param audioDownloadLink the audio track, null if absent
 * @param transcriptDownloadLink the transcript, null if absent
 * @param expiration when the links stop working, null if absent
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record TemporaryDownloadLinks(
    @Nullable String recordingDownloadLink,
    @Nullable String audioDownloadLink,
    @Nullable String transcriptDownloadLink,
    @Nullable Instant expiration,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public TemporaryDownloadLinks {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public TemporaryDownloadLinks(
      @Nullable String recordingDownloadLink,
      @Nullable String audioDownloadLink,
      @Nullable String transcriptDownloadLink,
      @Nullable Instant expiration) {
    this(recordingDownloadLink, audioDownloadLink, transcriptDownloadLink, expiration, Map.of());
  }
}
