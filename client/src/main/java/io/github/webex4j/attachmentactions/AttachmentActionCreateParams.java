package io.github.webex4j.attachmentactions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /attachment/actions}: submits a card on behalf of the caller.
 *
 * @param type always {@code submit}
 * @param messageId required: the message carrying the card
 * @param inputs required card inputs (input id to value), may be empty; unmodifiable
 */
public record AttachmentActionCreateParams(
    String type, String messageId, Map<String, @Nullable Object> inputs) {

  /**
   * Checks before any request that the body is a {@code submit} action naming its message and
   * holding inputs, and makes the inputs immutable.
   *
   * @throws IllegalArgumentException naming the field if a value is missing or {@code type} is not
   *     {@code submit}
   */
  public AttachmentActionCreateParams {
    if (!"submit".equals(type)) {
      throw new IllegalArgumentException("type must be \"submit\"");
    }
    if (messageId == null || messageId.isBlank()) {
      throw new IllegalArgumentException("messageId must not be blank");
    }
    if (inputs == null) {
      throw new IllegalArgumentException("inputs must not be null");
    }
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }

  /** Submits {@code inputs} on the card of {@code messageId}. */
  public static AttachmentActionCreateParams submit(String messageId, Map<String, ?> inputs) {
    return new AttachmentActionCreateParams(
        "submit", messageId, inputs == null ? null : new LinkedHashMap<>(inputs));
  }
}
