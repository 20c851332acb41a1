package io.github.webex4j.meetings;

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
 */
public record LiveStream(
    String destination,
    String rtmpUrl,
    String streamUrl,
    String layoutWithoutSharedContent,
    String layoutWithSharedContent,
    Boolean allowChangeLayoutInMeeting,
    Boolean followStageLayoutWhenSynced,
    String resolution) {}
