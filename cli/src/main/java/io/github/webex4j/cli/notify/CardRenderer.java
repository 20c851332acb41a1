package io.github.webex4j.cli.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a notification as Adaptive Card 1.3 content (maps and lists): a coloured header with the
 * status and title, the summary, a fact set, the log tail in a monospace block, notes, mentions and
 * up to five link buttons (more links become a line of links). The marker is the header container's
 * {@code id}, which renderers do not show. Raw JSON rather than the client's card builder because
 * that builder has no monospace text, subtle text, ids or bleed.
 */
public final class CardRenderer {
  /** Webex shows at most this many buttons on a card. */
  static final int MAX_ACTIONS = 5;

  private static final int MAX_FACT_BYTES = 300;
  private static final int MAX_SUMMARY_BYTES = 2500;

  private CardRenderer() {}

  /** The card content (the object with {@code "type": "AdaptiveCard"}); a fresh mutable map. */
  public static Map<String, Object> render(Notification n) {
    List<Object> body = new ArrayList<>();
    body.add(header(n));
    if (n.summary() != null) {
      body.add(text(Texts.truncate(n.summary(), MAX_SUMMARY_BYTES), null));
    }
    if (!n.facts().isEmpty()) {
      List<Object> facts = new ArrayList<>();
      for (Notification.Fact fact : n.facts()) {
        facts.add(
            map(
                "title",
                Texts.truncate(MarkdownRenderer.oneLine(fact.label()), 80),
                "value",
                Texts.truncate(MarkdownRenderer.oneLine(fact.value()), MAX_FACT_BYTES)));
      }
      body.add(map("type", "FactSet", "facts", facts));
    }
    if (n.log() != null) {
      String caption = (n.logName() == null ? "Log" : n.logName()) + " \u00B7 " + n.log().note();
      body.add(subtle(caption, "medium"));
      if (!n.log().lines().isEmpty()) {
        // [?] TextRun keeps the log free of markdown; line breaks in it assumed to render in Webex
        Map<String, Object> run =
            map(
                "type", "TextRun",
                "text", n.log().text(),
                "fontType", "monospace",
                "size", "small");
        Map<String, Object> rich = map("type", "RichTextBlock", "inlines", List.of(run));
        body.add(
            map(
                "type",
                "Container",
                "style",
                "emphasis",
                "spacing",
                "small",
                "items",
                List.of(rich)));
      }
    }
    for (String note : n.notes()) {
      body.add(subtle(note, null));
    }
    if (!n.mentions().isEmpty()) {
      body.add(subtle("cc " + String.join(", ", n.mentions()), null));
    }
    List<Object> actions = new ArrayList<>();
    List<String> overflow = new ArrayList<>();
    for (Notification.Link link : n.links()) {
      if (actions.size() < MAX_ACTIONS) {
        actions.add(map("type", "Action.OpenUrl", "title", link.label(), "url", link.url()));
      } else {
        overflow.add("[" + link.label().replace("]", ")") + "](" + link.url() + ")");
      }
    }
    if (!overflow.isEmpty()) {
      body.add(text(String.join(" \u00B7 ", overflow), null));
    }
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("type", "AdaptiveCard");
    card.put("version", "1.3");
    card.put("body", body);
    if (!actions.isEmpty()) {
      card.put("actions", actions);
    }
    return card;
  }

  private static Map<String, Object> header(Notification n) {
    NotifyStatus status = n.status();
    Map<String, Object> label =
        map(
            "type", "TextBlock",
            "text", status.emoji() + " " + status.label().toUpperCase(Locale.ROOT),
            "size", "small",
            "weight", "bolder",
            "color", status.color());
    Map<String, Object> title =
        map(
            "type", "TextBlock",
            "text", Texts.truncate(MarkdownRenderer.oneLine(n.title()), 300),
            "size", "medium",
            "weight", "bolder",
            "wrap", true,
            "spacing", "none");
    Map<String, Object> header =
        map(
            "type", "Container",
            "id", n.marker().text(),
            "style", status.containerStyle(),
            "bleed", true,
            "items", List.of(label, title));
    return header;
  }

  private static Map<String, Object> text(String text, String spacing) {
    Map<String, Object> block = map("type", "TextBlock", "text", text, "wrap", true);
    if (spacing != null) {
      block.put("spacing", spacing);
    }
    return block;
  }

  private static Map<String, Object> subtle(String text, String spacing) {
    Map<String, Object> block = text(text, spacing);
    block.put("size", "small");
    block.put("isSubtle", true);
    return block;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
