package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record MeetingOptions(
    @Nullable Boolean enabledChat,
    @Nullable Boolean enabledVideo,
    @Nullable Boolean enabledPolling,
    @Nullable Boolean enabledNote,
    @Nullable NoteType noteType,
    @Nullable Boolean enabledFileTransfer,
    @Nullable Boolean enabledUCFRichMedia,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public MeetingOptions {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public MeetingOptions(
      @Nullable Boolean enabledChat,
      @Nullable Boolean enabledVideo,
      @Nullable Boolean enabledPolling,
      @Nullable Boolean enabledNote,
      @Nullable NoteType noteType,
      @Nullable Boolean enabledFileTransfer,
      @Nullable Boolean enabledUCFRichMedia) {
    this(
        enabledChat,
        enabledVideo,
        enabledPolling,
        enabledNote,
        noteType,
        enabledFileTransfer,
        enabledUCFRichMedia,
        Map.of());
  }
}
