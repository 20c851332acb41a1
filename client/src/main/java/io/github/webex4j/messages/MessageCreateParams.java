package io.github.webex4j.messages;

import static io.github.webex4j.internal.util.Checks.present;

import io.github.webex4j.cards.AdaptiveCard;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message to post ({@code POST /messages}). Checked before any request:
 *
 * <ul>
 *   <li>exactly one destination: {@code roomId}, {@code toPersonId} or {@code toPersonEmail} (a
 *       person destination creates or reuses the 1:1 room);
 *   <li>some content: {@code text}, {@code markdown}, a file or a card;
 *   <li>{@code text} and {@code markdown} at most 7439 UTF-8 bytes each;
 *   <li>at most one file: a public URL <em>or</em> a local file;
 *   <li>a card needs {@code text} or {@code markdown} as fallback, and cannot be combined with a
 *       local file ([?] Webex documents card attachments only for JSON bodies).
 * </ul>
 *
 * @param roomId destination room
 * @param toPersonId destination person (1:1), by id
 * @param toPersonEmail destination person (1:1), by email
 * @param parentId message to reply to (thread)
 * @param text plain text, or the fallback for markdown and cards
 * @param markdown Markdown text
 * @param fileUrl public URL of one file for Webex to fetch
 * @param file one local file to upload
 * @param card content of one Adaptive Card (raw JSON as maps and lists), unmodifiable
 */
public record MessageCreateParams(
    @Nullable String roomId,
    @Nullable String toPersonId,
    @Nullable String toPersonEmail,
    @Nullable String parentId,
    @Nullable String text,
    @Nullable String markdown,
    @Nullable String fileUrl,
    @Nullable LocalFile file,
    @Nullable Map<String, @Nullable Object> card) {

  /**
   * Checks the body against the rules above before any request and makes {@code card} immutable.
   *
   * @throws IllegalArgumentException naming the field if a rule above is broken
   */
  public MessageCreateParams {
    int destinations =
        (present(roomId) ? 1 : 0)
            + (present(toPersonId) ? 1 : 0)
            + (present(toPersonEmail) ? 1 : 0);
    if (destinations != 1) {
      throw new IllegalArgumentException(
          "exactly one of roomId, toPersonId and toPersonEmail is required");
    }
    MessageLimits.checkSize("text", text);
    MessageLimits.checkSize("markdown", markdown);
    if (fileUrl != null && file != null) {
      throw new IllegalArgumentException(
          "fileUrl and file cannot be combined: one file per message");
    }
    if (fileUrl != null && !fileUrl.startsWith("https://") && !fileUrl.startsWith("http://")) {
      throw new IllegalArgumentException("fileUrl must be an http(s) URL");
    }
    if (card != null) {
      if (card.isEmpty()) {
        throw new IllegalArgumentException("card must not be empty");
      }
      if (!present(text) && !present(markdown)) {
        throw new IllegalArgumentException("a card needs text or markdown as fallback");
      }
      if (file != null) {
        throw new IllegalArgumentException("card cannot be combined with a local file");
      }
      card = Collections.unmodifiableMap(new LinkedHashMap<>(card));
    }
    if (!present(text) && !present(markdown) && fileUrl == null && file == null) {
      throw new IllegalArgumentException("text, markdown, fileUrl or file is required");
    }
  }

  /** Plain text to a room. */
  public static MessageCreateParams textTo(String roomId, String text) {
    return builder().roomId(roomId).text(text).build();
  }

  /** Markdown to a room. */
  public static MessageCreateParams markdownTo(String roomId, String markdown) {
    return builder().roomId(roomId).markdown(markdown).build();
  }

  /** Markdown to a person (1:1 room), by email. */
  public static MessageCreateParams markdownToPerson(String personEmail, String markdown) {
    return builder().toPersonEmail(personEmail).markdown(markdown).build();
  }

  /** A markdown reply in the thread of {@code parentId}. */
  public static MessageCreateParams reply(String roomId, String parentId, String markdown) {
    return builder().roomId(roomId).parentId(parentId).markdown(markdown).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MessageCreateParams}. */
  public static final class Builder {
    private String roomId;
    private String toPersonId;
    private String toPersonEmail;
    private String parentId;
    private String text;
    private String markdown;
    private String fileUrl;
    private LocalFile file;
    private Map<String, @Nullable Object> card;

    private Builder() {}

    /** Destination room. */
    public Builder roomId(String roomId) {
      this.roomId = roomId;
      return this;
    }

    /** Destination person (1:1), by id. */
    public Builder toPersonId(String toPersonId) {
      this.toPersonId = toPersonId;
      return this;
    }

    /** Destination person (1:1), by email. */
    public Builder toPersonEmail(String toPersonEmail) {
      this.toPersonEmail = toPersonEmail;
      return this;
    }

    /** Reply in the thread of this message. */
    public Builder parentId(String parentId) {
      this.parentId = parentId;
      return this;
    }

    /** Plain text (at most 7439 UTF-8 bytes). */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Markdown (at most 7439 UTF-8 bytes). */
    public Builder markdown(String markdown) {
      this.markdown = markdown;
      return this;
    }

    /** A public file URL for Webex to fetch. */
    public Builder fileUrl(String fileUrl) {
      this.fileUrl = fileUrl;
      return this;
    }

    /** A local file to upload (streamed). */
    public Builder file(LocalFile file) {
      this.file = file;
      return this;
    }

    /** An Adaptive Card built with {@link AdaptiveCard#builder()}. */
    public Builder card(AdaptiveCard card) {
      this.card = card == null ? null : card.toJson();
      return this;
    }

    /**
     * Raw Adaptive Card content (the object with {@code "type":"AdaptiveCard"}), as maps and lists
     * that serialise to JSON.
     */
    public Builder card(Map<String, Object> cardContent) {
      this.card = cardContent;
      return this;
    }

    /**
     * Creates the body, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException naming the field if a rule is broken
     */
    public MessageCreateParams build() {
      return new MessageCreateParams(
          roomId, toPersonId, toPersonEmail, parentId, text, markdown, fileUrl, file, card);
    }
  }
}
