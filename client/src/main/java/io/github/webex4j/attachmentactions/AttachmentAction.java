package io.github.webex4j.attachmentactions;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A card submission. Components other than {@code inputs} are null when Webex omits them.
 *
 * @param id opaque attachment action id
 * @param type kind of action
 * @param messageId the message carrying the card
 * @param inputs the submitted card inputs (input id to value; free-form JSON), empty if absent
 * @param personId who submitted
 * @param roomId the room of the message
 * @param created when it was submitted
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record AttachmentAction(
    @Nullable String id,
    @Nullable AttachmentActionType type,
    @Nullable String messageId,
    Map<String, @Nullable Object> inputs,
    @Nullable String personId,
    @Nullable String roomId,
    @Nullable Instant created,
    Map<String, @Nullable Object> extra) {

  /** Replaces absent inputs with an empty map. */
  public AttachmentAction {
    extra = Extras.copyOf(extra);
    inputs = inputs == null ? Map.of() : inputs;
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public AttachmentAction(
      @Nullable String id,
      @Nullable AttachmentActionType type,
      @Nullable String messageId,
      Map<String, @Nullable Object> inputs,
      @Nullable String personId,
      @Nullable String roomId,
      @Nullable Instant created) {
    this(id, type, messageId, inputs, personId, roomId, created, Map.of());
  }
}
