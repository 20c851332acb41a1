package io.github.webex4j.cli.notify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain {@code text} sent beside a notification's markdown: what push notifications, screen
 * readers and clients without rich text show. It is the markdown without the hidden marker (which
 * Webex would otherwise copy into the text it derives), bold/italic markers, code fences and
 * mention syntax; links read {@code label (url)}.
 */
final class PlainText {
  private static final Pattern MARKER =
      Pattern.compile("\\s*\\[//\\]: # \\(webex4j-notify:[^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((https?://[^)\\s]+)\\)");
  private static final Pattern MENTION =
      Pattern.compile("<@person(?:Email|Id):([^|>]+)(?:\\|([^>]*))?>");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|(?<![\\w])_|_(?![\\w])");

  private PlainText() {}

  /** The plain text of notification markdown (never longer than it). */
  static String of(String markdown) {
    String text = MARKER.matcher(markdown).replaceAll("");
    text = text.replace("```\n", "").replace("\n```", "");
    text = LINK.matcher(text).replaceAll("$1 ($2)");
    text =
        MENTION
            .matcher(text)
            .replaceAll(
                m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group(1)));
    return EMPHASIS.matcher(text).replaceAll("").strip();
  }
}
