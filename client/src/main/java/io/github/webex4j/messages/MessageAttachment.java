package io.github.webex4j.messages;

import java.util.Map;

/**
 * A content attachment of a message: in practice one Adaptive Card.
 *
 * @param contentType e.g. {@code application/vnd.microsoft.card.adaptive}
 * @param content the card as free-form JSON (maps, lists, strings, numbers, booleans); empty if
 *     absent
 */
public record MessageAttachment(String contentType, Map<String, Object> content) {
  /** The content type of an Adaptive Card. */
  public static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

  /** Replaces an absent content with an empty map. */
  public MessageAttachment {
    content = content == null ? Map.of() : content;
  }
}
