package io.github.webex4j.messages;

import io.github.webex4j.internal.util.Checks;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /messages} (newest first). Bots must set {@code mentionedPeople} to {@code
 * me} to list group-room messages.
 *
 * @param roomId required room id
 * @param parentId only replies to this message
 * @param mentionedPeople only messages mentioning these people: {@code "me"} or the caller's id
 * @param before only messages sent before this time
 * @param beforeMessage only messages sent before this message id
 * @param pageSize items per page (sent as {@code max}), positive and at most 100 with {@code
 *     mentionedPeople}; null for the server default 50
 */
public record MessageListParams(
    String roomId,
    @Nullable String parentId,
    List<String> mentionedPeople,
    @Nullable Instant before,
    @Nullable String beforeMessage,
    @Nullable Integer pageSize) {

  /**
   * Checks the query's room, filters and page size before any request and makes its lists
   * immutable.
   *
   * @throws IllegalArgumentException naming the field if a value is invalid
   */
  public MessageListParams {
    Checks.notBlank(roomId, "roomId");
    mentionedPeople = mentionedPeople == null ? List.of() : List.copyOf(mentionedPeople);
    Checks.positive(pageSize, "pageSize");
    if (pageSize != null && pageSize > 100 && !mentionedPeople.isEmpty()) {
      throw new IllegalArgumentException("pageSize must be at most 100 with mentionedPeople");
    }
  }

  /** The messages of a room. */
  public static MessageListParams ofRoom(String roomId) {
    return builder().roomId(roomId).build();
  }

  /** The messages of a room that mention the caller (what bots may list in group rooms). */
  public static MessageListParams mentioningMe(String roomId) {
    return builder().roomId(roomId).mentionedPeople(List.of("me")).build();
  }

  /** The replies in one thread. */
  public static MessageListParams thread(String roomId, String parentId) {
    return builder().roomId(roomId).parentId(parentId).build();
  }

  /** A builder; {@code roomId} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MessageListParams}. */
  public static final class Builder {
    private String roomId;
    private String parentId;
    private List<String> mentionedPeople;
    private Instant before;
    private String beforeMessage;
    private Integer pageSize;

    private Builder() {}

    /** Required room id. */
    public Builder roomId(String roomId) {
      this.roomId = roomId;
      return this;
    }

    /** Only replies to this message. */
    public Builder parentId(String parentId) {
      this.parentId = parentId;
      return this;
    }

    /** Only messages mentioning these people ({@code "me"} or the caller's id). */
    public Builder mentionedPeople(List<String> mentionedPeople) {
      this.mentionedPeople = mentionedPeople;
      return this;
    }

    /** Only messages sent before this time. */
    public Builder before(Instant before) {
      this.before = before;
      return this;
    }

    /** Only messages sent before this message. */
    public Builder beforeMessage(String beforeMessage) {
      this.beforeMessage = beforeMessage;
      return this;
    }

    /** Items per page. */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Creates the query, checked as the record's constructor checks it.
     *
     * @throws IllegalArgumentException naming the field if a value is invalid
     */
    public MessageListParams build() {
      return new MessageListParams(
          roomId, parentId, mentionedPeople, before, beforeMessage, pageSize);
    }
  }
}
