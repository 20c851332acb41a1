package io.github.webex4j.cli.notify;

/** The markdown entries {@code webex notify} adds to a GitHub job summary. */
final class StepSummary {
  private StepSummary() {}

  /** What was posted, where, and the notes. */
  static String delivered(Notification n, NotifyResult result) {
    StringBuilder text = new StringBuilder(heading(n));
    text.append("Posted to Webex: message `").append(result.messageId()).append('`');
    if ("reply".equals(result.role())) {
      text.append(", a reply in thread `").append(result.threadId()).append('`');
      if (result.rootEdited()) {
        text.append(" (root edited to this status)");
      }
    } else if ("root".equals(result.role())) {
      text.append(", the root of a new thread");
    }
    text.append(", room `").append(result.roomId()).append("`.\n");
    for (String note : result.notes()) {
      text.append("\n> ").append(MarkdownRenderer.oneLine(note));
    }
    return text.toString();
  }

  /** Why the notification is not (or not known to be) in the room. */
  static String notDelivered(Notification n, String why) {
    return heading(n)
        + "\u26A0\uFE0F Not delivered to Webex: "
        + MarkdownRenderer.oneLine(why)
        + "\n";
  }

  private static String heading(Notification n) {
    return "### "
        + n.status().emoji()
        + " "
        + n.status().label()
        + " \u00B7 "
        + MarkdownRenderer.oneLine(n.title())
        + "\n\n";
  }
}
