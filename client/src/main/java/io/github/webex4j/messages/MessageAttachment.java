package io.github.webex4j.messages;

import io.github.webex4j.internal.util.Extras;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A content attachment of a message: in practice one Adaptive Card.
 *
 * @param contentType e.g. {@code application/vnd.microsoft.card.adaptive}
 * @param content the card as free-form JSON (maps, lists, strings, numbers, booleans); empty if
 *     absent
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record MessageAttachment(
    @Nullable String contentType,
    Map<String, @Nullable Object> content,
    Map<String, @Nullable Object> extra) {
  /** The content type of an Adaptive Card. */
  public static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

  /** Replaces an absent content with an empty map. */
  public MessageAttachment {
    extra = Extras.copyOf(extra);
    content = content == null ? Map.of() : content;
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public MessageAttachment(@Nullable String contentType, Map<String, @Nullable Object> content) {
    this(contentType, content, Map.of());
  }
}
