package io.github.webex4j.meetings;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What attendees may do in a meeting; each field is null when not given.
 *
 * @param enabledShareContent whether or not to allow any attendee to share content in the meeting.
 * @param enabledSaveDocument whether or not to allow any attendee to save shared documents, slides,
 *     or whiteboards when they are shared as files in the content viewer instead of in a window or
 *     application.
 * @param enabledPrintDocument whether or not to allow any attendee to print shared documents,
 *     slides, or whiteboards when they are shared as files in the content viewer instead of in a
 *     window or application.
 * @param enabledAnnotate whether or not to allow any attendee to annotate shared documents, slides,
 *     or whiteboards when they are shared as files in the content viewer instead of in a window or
 *     application.
 * @param enabledViewParticipantList whether or not to allow any attendee to view participants.
 * @param enabledViewThumbnails whether or not to allow any attendee to see a small preview image of
 *     any page of shared documents or slides when they are shared as files in the content viewer
 *     instead of in a window or application.
 * @param enabledRemoteControl whether or not to allow any attendee to control applications, web
 *     browsers, or desktops remotely.
 * @param enabledViewAnyDocument whether or not to allow any attendee to view any shared documents
 *     or slides when they are shared as files in the content viewer instead of in a window or
 *     application.
 * @param enabledViewAnyPage whether or not to allow any attendee to scroll through any page of
 *     shared documents or slides when they are shared as files in the content viewer instead of in
 *     a window or application.
 * @param enabledContactOperatorPrivately whether or not to allow any attendee to contact the
 *     operator privately.
 * @param enabledChatHost whether or not to allow any attendee to chat with the host in private.
 * @param enabledChatPresenter whether or not to allow any attendee to chat with the presenter in
 *     private.
 * @param enabledChatOtherParticipants whether or not to allow any attendee to chat with other
 *     participants in private.
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record AttendeePrivileges(
    @Nullable Boolean enabledShareContent,
    @Nullable Boolean enabledSaveDocument,
    @Nullable Boolean enabledPrintDocument,
    @Nullable Boolean enabledAnnotate,
    @Nullable Boolean enabledViewParticipantList,
    @Nullable Boolean enabledViewThumbnails,
    @Nullable Boolean enabledRemoteControl,
    @Nullable Boolean enabledViewAnyDocument,
    @Nullable Boolean enabledViewAnyPage,
    @Nullable Boolean enabledContactOperatorPrivately,
    @Nullable Boolean enabledChatHost,
    @Nullable Boolean enabledChatPresenter,
    @Nullable Boolean enabledChatOtherParticipants,
    Map<String, @Nullable Object> extra) {

  /** Copies {@code extra} into an immutable map (null becomes empty). */
  public AttendeePrivileges {
    extra = Extras.copyOf(extra);
  }
}
