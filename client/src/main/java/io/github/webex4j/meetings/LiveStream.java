package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Live streaming settings. Layout values are kept as strings ({@code grid}, {@code stack}, {@code
 * focus}; {@code stack}, {@code focusedContentWithActiveSpeaker}, {@code focusedContent}).
 *
 * @param destination A descriptive text to describe the destination of the live streaming.
 * @param rtmpUrl live streaming RTMP URL.
 * @param streamUrl the URL to view the live streaming, i.e.
 * @param layoutWithoutSharedContent live streaming layout when there's no shared content.
 * @param layoutWithSharedContent live streaming layout when there's shared content.
 * @param allowChangeLayoutInMeeting whether or not to allow change the live streaming layout in the
 *     meeitng.
 * @param followStageLayoutWhenSynced whether or not to follow the stage layout when it's being
 *     synchronized.
 * @param resolution resolution of the live streaming.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record LiveStream(
    @Nullable String destination,
    @Nullable String rtmpUrl,
    @Nullable String streamUrl,
    @Nullable String layoutWithoutSharedContent,
    @Nullable String layoutWithSharedContent,
    @Nullable Boolean allowChangeLayoutInMeeting,
    @Nullable Boolean followStageLayoutWhenSynced,
    @Nullable String resolution,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public LiveStream {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public LiveStream(
      @Nullable String destination,
      @Nullable String rtmpUrl,
      @Nullable String streamUrl,
      @Nullable String layoutWithoutSharedContent,
      @Nullable String layoutWithSharedContent,
      @Nullable Boolean allowChangeLayoutInMeeting,
      @Nullable Boolean followStageLayoutWhenSynced,
      @Nullable String resolution) {
    this(
        destination,
        rtmpUrl,
        streamUrl,
        layoutWithoutSharedContent,
        layoutWithSharedContent,
        allowChangeLayoutInMeeting,
        followStageLayoutWhenSynced,
        resolution,
        Map.of());
  }
}
