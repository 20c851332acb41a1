package io.github.webex4j.cli.notify;

import java.util.List;

/**
 * What {@code webex notify} did.
 *
 * @param messageId the notification's message
 * @param threadId the thread's root message (equal to {@code messageId} for a root), or null
 *     outside threads
 * @param roomId the room
 * @param role {@code single}, {@code root} or {@code reply}
 * @param rootEdited whether the root was edited to show this status
 * @param logMessageId the message carrying the uploaded log, or null
 * @param notes remarks shown in the notification (e.g. why the root was not edited)
 */
public record NotifyResult(
    String messageId,
    String threadId,
    String roomId,
    String role,
    boolean rootEdited,
    String logMessageId,
    List<String> notes) {

  /** Copies {@code notes}. */
  public NotifyResult {
    notes = List.copyOf(notes);
  }
}
