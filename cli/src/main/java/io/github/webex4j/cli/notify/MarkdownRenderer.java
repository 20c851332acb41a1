package io.github.webex4j.cli.notify;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a notification as Webex markdown carrying the same information as the card: status
 * header, summary, facts, links, log tail, notes, mentions and the hidden marker. The result is at
 * most {@link #MAX_BYTES} UTF-8 bytes: the summary and fact values are shortened (with an ellipsis)
 * when needed; the log is sized beforehand with {@link #logBudget(Notification)}.
 */
public final class MarkdownRenderer {
  /** Webex's limit for the {@code markdown} field, in UTF-8 bytes. */
  public static final int MAX_BYTES = 7439;

  /** Largest log tail, in bytes (also keeps the card small). */
  static final int MAX_LOG_BYTES = 3000;

  private static final int MAX_FACT_BYTES = 300;
  private static final int MAX_SUMMARY_BYTES = 2500;
  private static final int LOG_NOTE_RESERVE = 240;

  private MarkdownRenderer() {}

  /**
   * How many bytes of log text fit beside the rest of {@code notification}: at most {@link
   * #MAX_LOG_BYTES}, 0 when nothing fits.
   */
  public static int logBudget(Notification notification) {
    int rest = Texts.utf8Length(render(notification.withLog(null)));
    int overhead = "\n\n```\n\n```".length() + LOG_NOTE_RESERVE;
    int logName = Texts.utf8Length(notification.logName());
    return Math.max(0, Math.min(MAX_LOG_BYTES, MAX_BYTES - rest - overhead - logName));
  }

  /**
   * @return markdown of at most {@link #MAX_BYTES} UTF-8 bytes
   */
  public static String render(Notification n) {
    String head = header(n);
    String tail = tail(n);
    String log = logSection(n);
    String links = links(n);
    int shownFacts = n.facts().size();
    String facts = facts(n, shownFacts);
    while (shownFacts > 0 && Texts.utf8Length(head + tail + log + links + facts) + 64 > MAX_BYTES) {
      shownFacts--;
      facts = facts(n, shownFacts);
    }
    int fixed = Texts.utf8Length(head + tail + log + links + facts) + 64;
    String summary = "";
    if (n.summary() != null) {
      int budget = Math.min(MAX_SUMMARY_BYTES, MAX_BYTES - fixed);
      summary = Texts.truncate(n.summary(), Math.max(0, budget));
    }
    List<String> blocks = new ArrayList<>();
    blocks.add(head);
    addIfPresent(blocks, summary);
    addIfPresent(blocks, facts);
    addIfPresent(blocks, links);
    addIfPresent(blocks, log);
    addIfPresent(blocks, tail);
    String markdown = String.join("\n\n", blocks);
    if (Texts.utf8Length(markdown) > MAX_BYTES) {
      if (n.log() != null) {
        // only reachable with a log sized without logBudget: drop it rather than fail
        return render(
            n.withLog(null).withNote("The log tail was left out: the message was too long."));
      }
      throw new IllegalArgumentException(
          "The notification does not fit in Webex's "
              + MAX_BYTES
              + " bytes even without its log; shorten the title, links or fields.");
    }
    return markdown;
  }

  private static String header(Notification n) {
    return n.status().emoji()
        + " **"
        + n.status().label()
        + "** \u00B7 **"
        + Texts.truncate(oneLine(n.title()), 300)
        + "**";
  }

  private static String facts(Notification n, int shown) {
    StringBuilder text = new StringBuilder();
    for (Notification.Fact fact : n.facts().subList(0, shown)) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append("- **")
          .append(Texts.truncate(oneLine(fact.label()), 80))
          .append(":** ")
          .append(Texts.truncate(oneLine(fact.value()), MAX_FACT_BYTES));
    }
    int omitted = n.facts().size() - shown;
    if (omitted > 0) {
      text.append(text.length() > 0 ? "\n" : "")
          .append("- _")
          .append(omitted)
          .append(omitted == 1 ? " more field" : " more fields")
          .append(" left out (size limit)_");
    }
    return text.toString();
  }

  private static String links(Notification n) {
    List<String> links = new ArrayList<>();
    for (Notification.Link link : n.links()) {
      links.add("[" + oneLine(link.label()).replace("]", ")") + "](" + link.url() + ")");
    }
    return String.join(" \u00B7 ", links);
  }

  private static String logSection(Notification n) {
    LogTail log = n.log();
    if (log == null) {
      return "";
    }
    String caption =
        (n.logName() == null ? "Log" : "Log `" + n.logName() + "`") + ": " + log.note();
    if (log.lines().isEmpty()) {
      return caption;
    }
    // A line of three backticks would end the code block early; same byte length keeps the budget.
    String body = log.text().replace("```", "'''");
    return caption + "\n```\n" + body + "\n```";
  }

  private static String tail(Notification n) {
    List<String> lines = new ArrayList<>();
    for (String note : n.notes()) {
      lines.add("_" + oneLine(note) + "_");
    }
    if (!n.mentions().isEmpty()) {
      StringBuilder cc = new StringBuilder("cc");
      for (String email : n.mentions()) {
        cc.append(" <@personEmail:").append(email).append('>');
      }
      lines.add(cc.toString());
    }
    String text = String.join("\n\n", lines);
    // a reference definition needs a blank line before it to stay hidden
    return (text.isEmpty() ? "" : text + "\n\n") + n.marker().markdownLine();
  }

  private static void addIfPresent(List<String> blocks, String block) {
    if (block != null && !block.isEmpty()) {
      blocks.add(block);
    }
  }

  static String oneLine(String text) {
    return text.replace('\r', ' ').replace('\n', ' ').strip();
  }
}
