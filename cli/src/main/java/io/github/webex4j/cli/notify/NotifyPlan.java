package io.github.webex4j.cli.notify;

import java.nio.file.Path;

/**
 * One {@code webex notify} invocation, validated: what to show and how to deliver it.
 *
 * @param notification content without log tail; its marker is replaced when sending
 * @param logFile readable log file, or null
 * @param logLines lines of log tail to show
 * @param attachLog whether to upload the whole log file as a thread reply
 * @param threadKey thread key, or null for a message outside threads
 * @param update whether to edit the thread's root to show this status
 * @param destination where to post; null with {@code threadRootId} (the root's room is used)
 * @param threadRootId a message whose thread this notification continues ({@code --thread-root}),
 *     or null
 */
public record NotifyPlan(
    Notification notification,
    Path logFile,
    int logLines,
    boolean attachLog,
    String threadKey,
    boolean update,
    Destination destination,
    String threadRootId) {

  /** Checks the combinations. */
  public NotifyPlan {
    if (attachLog && logFile == null) {
      throw new IllegalArgumentException("attachLog needs a log file");
    }
    if (update && threadKey == null && threadRootId == null) {
      throw new IllegalArgumentException("update needs a thread key or root");
    }
    if (threadKey != null && threadRootId != null) {
      throw new IllegalArgumentException("a thread key or a thread root, not both");
    }
    if ((destination == null) == (threadRootId == null)) {
      throw new IllegalArgumentException("a destination or a thread root");
    }
    if (logLines < 0) {
      throw new IllegalArgumentException("logLines must not be negative");
    }
  }

  /** The thread hash, or null outside threads. */
  public String threadHash() {
    return threadKey == null ? null : Marker.threadHash(threadKey, destination.label());
  }
}
