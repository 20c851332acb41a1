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
 * @param destination where to post
 */
public record NotifyPlan(
    Notification notification,
    Path logFile,
    int logLines,
    boolean attachLog,
    String threadKey,
    boolean update,
    Destination destination) {

  /** Checks the combinations. */
  public NotifyPlan {
    if (attachLog && logFile == null) {
      throw new IllegalArgumentException("attachLog needs a log file");
    }
    if (update && threadKey == null) {
      throw new IllegalArgumentException("update needs a thread key");
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
