package io.github.webex4j.messages;

import static io.github.webex4j.internal.util.Checks.present;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /messages/{messageId}} (edit). Webex allows 10 edits per message, only by the
 * author, and not of messages with files or cards (those fail with a 400 from the server).
 *
 * @param roomId required: the message's room
 * @param text new plain text (or markdown fallback), at most 7439 UTF-8 bytes
 * @param markdown new Markdown, at most 7439 UTF-8 bytes
 */
public record MessageEditParams(String roomId, @Nullable String text, @Nullable String markdown) {

  /**
   * Checks before any request that the edit names the room and holds new text within Webex's length
   * limit.
   *
   * @throws IllegalArgumentException naming the field if {@code roomId} is blank, both texts are
   *     empty, or one is too long
   */
  public MessageEditParams {
    Checks.notBlank(roomId, "roomId");
    if (!present(text) && !present(markdown)) {
      throw new IllegalArgumentException("text or markdown is required");
    }
    MessageLimits.checkSize("text", text);
    MessageLimits.checkSize("markdown", markdown);
  }

  /** New plain text. */
  public static MessageEditParams text(String roomId, String text) {
    return new MessageEditParams(roomId, text, null);
  }

  /** New Markdown. */
  public static MessageEditParams markdown(String roomId, String markdown) {
    return new MessageEditParams(roomId, null, markdown);
  }
}
