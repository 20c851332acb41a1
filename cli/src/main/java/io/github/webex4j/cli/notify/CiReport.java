package io.github.webex4j.cli.notify;

import io.github.webex4j.cli.IoProblems;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * What {@code webex notify} tells the CI job besides its result on stdout: warnings and notes on
 * stderr (under GitHub Actions as {@code ::warning::} / {@code ::notice::} annotations, which the
 * runner reads from stderr too [?]), the step outputs ({@code $GITHUB_OUTPUT}: message-id,
 * thread-id, room-id) and an entry in the job summary ({@code $GITHUB_STEP_SUMMARY}).
 */
final class CiReport {
  /** A note that informs rather than warns. */
  static final String LOG_ATTACHED = "The full log is attached in the thread.";

  private final Map<String, String> env;
  private final PrintWriter err;
  private final boolean github;

  /**
   * @param env the environment ({@code GITHUB_ACTIONS}, {@code GITHUB_OUTPUT}, {@code
   *     GITHUB_STEP_SUMMARY})
   * @param err standard error
   */
  CiReport(Map<String, String> env, PrintWriter err) {
    this.env = env;
    this.err = err;
    this.github = "true".equalsIgnoreCase(env.get("GITHUB_ACTIONS"));
  }

  /** A problem that did not stop the notification (a warning annotation under GitHub Actions). */
  void warn(String text) {
    line("warning", text);
  }

  /** Something worth knowing (a notice annotation under GitHub Actions). */
  void info(String text) {
    line("notice", text);
  }

  /** The notification's notes (what it says about itself, e.g. why the root was not edited). */
  void notes(List<String> notes) {
    for (String note : notes) {
      if (note.equals(LOG_ATTACHED)) {
        info("note: " + note);
      } else {
        warn("note: " + note);
      }
    }
  }

  private void line(String level, String text) {
    if (github) {
      err.println("::" + level + " title=webex notify::" + escape(text));
    } else {
      err.println("webex notify: " + text);
    }
    err.flush();
  }

  /** GitHub workflow command data: {@code %}, CR and LF escaped. */
  static String escape(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Appends message-id, thread-id and room-id to {@code $GITHUB_OUTPUT}, if set. */
  void outputs(NotifyResult result) {
    StringBuilder lines = new StringBuilder("message-id=").append(result.messageId()).append('\n');
    if (result.threadId() != null) {
      lines.append("thread-id=").append(result.threadId()).append('\n');
    }
    lines.append("room-id=").append(result.roomId()).append('\n');
    append("GITHUB_OUTPUT", lines.toString());
  }

  /** Appends a markdown entry to {@code $GITHUB_STEP_SUMMARY}, if set. */
  void summary(String markdown) {
    append("GITHUB_STEP_SUMMARY", markdown.strip() + "\n\n");
  }

  private void append(String variable, String text) {
    String file = env.get(variable);
    if (file == null || file.isBlank()) {
      return;
    }
    try {
      Files.writeString(
          Path.of(file),
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      warn("cannot append to $" + variable + " " + file + " (" + IoProblems.describe(e) + ").");
    }
  }
}
