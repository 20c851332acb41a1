package io.github.webex4j.attachmentactions;

import java.time.Instant;
import java.util.Map;

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
 */
public record AttachmentAction(
    String id,
    AttachmentActionType type,
    String messageId,
    Map<String, Object> inputs,
    String personId,
    String roomId,
    Instant created) {

  /** Replaces absent inputs with an empty map. */
  public AttachmentAction {
    inputs = inputs == null ? Map.of() : inputs;
  }
}
