package io.github.webex4j.messages;

import io.github.webex4j.internal.util.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /messages/direct}: the messages of the caller's 1:1 room with one person.
 *
 * @param personId the other person, by id (or use {@code personEmail})
 * @param personEmail the other person, by email (or use {@code personId})
 * @param parentId only replies to this message
 */
public record DirectMessageListParams(
    @Nullable String personId, @Nullable String personEmail, @Nullable String parentId) {

  /**
   * Checks before any request that the query names exactly one person.
   *
   * @throws IllegalArgumentException if not exactly one of {@code personId} and {@code personEmail}
   *     is given
   */
  public DirectMessageListParams {
    Checks.exactlyOne(personId, "personId", personEmail, "personEmail");
  }

  /** The 1:1 messages with the person with this id. */
  public static DirectMessageListParams byPersonId(String personId) {
    return new DirectMessageListParams(personId, null, null);
  }

  /** The 1:1 messages with the person with this email. */
  public static DirectMessageListParams byPersonEmail(String personEmail) {
    return new DirectMessageListParams(null, personEmail, null);
  }

  /** This query restricted to the replies to {@code parentId}. */
  public DirectMessageListParams withParentId(String newParentId) {
    return new DirectMessageListParams(personId, personEmail, newParentId);
  }
}
