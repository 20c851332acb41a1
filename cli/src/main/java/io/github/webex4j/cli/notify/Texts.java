package io.github.webex4j.cli.notify;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

/** UTF-8 byte arithmetic for Webex's byte limits. */
final class Texts {
  private static final String ELLIPSIS = "\u2026";

  private Texts() {}

  /** Size of {@code text} in UTF-8 bytes (0 for null). */
  static int utf8Length(String text) {
    return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * {@code text} itself if it fits in {@code maxBytes} UTF-8 bytes, else its longest prefix that
   * ends at a code point boundary followed by an ellipsis, together at most {@code maxBytes}.
   */
  static String truncate(String text, int maxBytes) {
    if (text == null || utf8Length(text) <= maxBytes) {
      return text;
    }
    int budget = maxBytes - utf8Length(ELLIPSIS);
    if (budget <= 0) {
      return "";
    }
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int size = utf8Length(new String(Character.toChars(codePoint)));
      if (used + size > budget) {
        break;
      }
      used += size;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end) + ELLIPSIS;
  }

  /** {@code 12,345} (grouping, locale-independent). */
  static String count(long value) {
    return NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
  }
}
