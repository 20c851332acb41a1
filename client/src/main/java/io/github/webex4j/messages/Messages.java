package io.github.webex4j.messages;

import io.github.webex4j.Page;
import java.nio.file.Path;

/**
 * The {@code /messages} resource and message files ({@code /contents}). Obtain it from {@code
 * WebexClient.messages()}. All methods perform network I/O, are thread-safe, and throw {@link
 * io.github.webex4j.WebexException} subclasses on failure ({@link
 * io.github.webex4j.NotFoundException} for an unknown id, {@link
 * io.github.webex4j.ForbiddenException} outside the room, {@link
 * io.github.webex4j.BadRequestException} for an edit Webex refuses). Invalid arguments fail with
 * {@link IllegalArgumentException} before any request.
 */
public interface Messages {

  /**
   * Posts a message: JSON, or {@code multipart/form-data} streamed from disk when it carries a
   * local file.
   *
   * @param params non-null message
   */
  Message create(MessageCreateParams params);

  /**
   * Creates a message exactly once, even under faults. {@link #create} sends once: a POST that
   * fails where Webex may have stored it (a 5xx, a reset, a timeout) is not sent again, since that
   * could duplicate the message. This method then waits ({@code Retry-After} if given), looks for
   * the message among the sender's recent messages at the destination and sends again only if it is
   * absent (at most 3 sends). What it reports is true:
   *
   * <ul>
   *   <li>it returns the message only if it is in the room (the created one, or the one found);
   *   <li>it throws the send's {@link io.github.webex4j.WebexException} only if the message is not
   *       there as far as the last look could tell (or Webex refused it, e.g. a 400);
   *   <li>it throws {@link io.github.webex4j.DeliveryUnknownException} if the destination could not
   *       be looked at (e.g. a bot may not list a group room's messages: 403); the message was not
   *       sent again.
   * </ul>
   *
   * <p>Looking costs one {@code GET /people/me} and one or more list requests, only after a
   * failure. The message is recognised by sender, destination, thread and text/markdown, created at
   * most 30 s before the first send; an identical message from the same sender within that window
   * counts as this one [?].
   *
   * @param params what to send
   */
  Message createOnce(MessageCreateParams params);

  /**
   * One page of a room's messages, newest first.
   *
   * @param params non-null query
   */
  Page<Message> list(MessageListParams params);

  /**
   * One page of the caller's 1:1 messages with one person.
   *
   * @param params non-null query
   */
  Page<Message> listDirect(DirectMessageListParams params);

  /**
   * The message with this id, if the caller can see it.
   *
   * @param messageId non-blank message id
   */
  Message get(String messageId);

  /**
   * Edits a message (at most 10 times; only plain messages without files or cards).
   *
   * @param messageId non-blank message id
   * @param params non-null new content
   */
  Message edit(String messageId, MessageEditParams params);

  /**
   * Deletes a message.
   *
   * @param messageId non-blank message id
   */
  void delete(String messageId);

  /**
   * Opens the download of a message file. While Webex scans the file for malware it answers 423;
   * the client waits {@code Retry-After} and retries as its {@link io.github.webex4j.RetryPolicy}
   * allows, then throws {@link io.github.webex4j.LockedException}. An infected file gives {@link
   * io.github.webex4j.GoneException}.
   *
   * @param fileUrl a URL from {@link Message#files()}, or a bare content id; the token is sent only
   *     if the URL has the client's configured origin
   * @return the open download; the caller must close it
   */
  FileDownload download(String fileUrl);

  /**
   * Downloads a message file to disk, streaming.
   *
   * @param fileUrl a URL from {@link Message#files()}, or a bare content id
   * @param target an existing directory (the file is saved there under the name from {@code
   *     Content-Disposition}) or a file path (created or replaced)
   * @return the written file
   * @throws java.io.UncheckedIOException if writing fails (a partial file is deleted)
   */
  Path downloadTo(String fileUrl, Path target);
}
