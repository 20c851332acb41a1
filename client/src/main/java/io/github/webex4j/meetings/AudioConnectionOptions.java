package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record AudioConnectionOptions(
    @Nullable AudioConnectionType audioConnectionType,
    @Nullable Boolean enabledTollFreeCallIn,
    @Nullable Boolean enabledGlobalCallIn,
    @Nullable Boolean enabledAudienceCallBack,
    @Nullable EntryAndExitTone entryAndExitTone,
    @Nullable Boolean allowHostToUnmuteParticipants,
    @Nullable Boolean allowAttendeeToUnmuteSelf,
    @Nullable Boolean muteAttendeeUponEntry,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public AudioConnectionOptions {
    extra = Extras.copyOf(extra);
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public AudioConnectionOptions(
      @Nullable AudioConnectionType audioConnectionType,
      @Nullable Boolean enabledTollFreeCallIn,
      @Nullable Boolean enabledGlobalCallIn,
      @Nullable Boolean enabledAudienceCallBack,
      @Nullable EntryAndExitTone entryAndExitTone,
      @Nullable Boolean allowHostToUnmuteParticipants,
      @Nullable Boolean allowAttendeeToUnmuteSelf,
      @Nullable Boolean muteAttendeeUponEntry) {
    this(
        audioConnectionType,
        enabledTollFreeCallIn,
        enabledGlobalCallIn,
        enabledAudienceCallBack,
        entryAndExitTone,
        allowHostToUnmuteParticipants,
        allowAttendeeToUnmuteSelf,
        muteAttendeeUponEntry,
        Map.of());
  }
}
