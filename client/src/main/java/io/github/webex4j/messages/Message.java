package io.github.webex4j.messages;

import io.github.webex4j.internal.util.Extras;
import io.github.webex4j.rooms.RoomType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message. Lists are never null (empty when absent); other components are null when Webex omits
 * them.
 *
 * @param id opaque message id
 * @param parentId the thread's parent message, null if this is not a reply
 * @param roomId the room
 * @param roomType direct or group
 * @param toPersonId recipient id (only on the response to a 1:1 post)
 * @param toPersonEmail recipient email (only on the response to a 1:1 post)
 * @param text plain text
 * @param markdown Markdown as posted
 * @param html HTML rendering (read-only)
 * @param files URLs of the attached file ({@code .../contents/<id>}; fetching needs the token, see
 *     {@link Messages#download(String)})
 * @param personId author id
 * @param personEmail author email
 * @param mentionedPeople ids of mentioned people; a comma-joined element (seen in the Webex
 *     examples) is split into separate ids
 * @param mentionedGroups mentioned groups, e.g. {@code all}
 * @param attachments cards
 * @param created when the message was posted
 * @param updated when it was last edited, null if never
 * @param isVoiceClip whether the file is a voice clip
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Message(
    @Nullable String id,
    @Nullable String parentId,
    @Nullable String roomId,
    @Nullable RoomType roomType,
    @Nullable String toPersonId,
    @Nullable String toPersonEmail,
    @Nullable String text,
    @Nullable String markdown,
    @Nullable String html,
    List<String> files,
    @Nullable String personId,
    @Nullable String personEmail,
    @Nullable List<String> mentionedPeople,
    List<String> mentionedGroups,
    List<MessageAttachment> attachments,
    @Nullable Instant created,
    @Nullable Instant updated,
    @Nullable Boolean isVoiceClip,
    Map<String, @Nullable Object> extra) {

  /** Replaces absent lists with empty ones and splits comma-joined mention ids. */
  public Message {
    extra = Extras.copyOf(extra);
    files = files == null ? List.of() : List.copyOf(files);
    mentionedPeople = splitIds(mentionedPeople);
    mentionedGroups = mentionedGroups == null ? List.of() : List.copyOf(mentionedGroups);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  // The OpenAPI examples hold ["id1,id2"]; ids are base64url and never contain commas.
  private static List<String> splitIds(List<String> ids) {
    if (ids == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (String id : ids) {
      if (id == null) {
        continue;
      }
      for (String part : id.split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    }
    return List.copyOf(result);
  }
}
