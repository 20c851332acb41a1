package io.github.webex4j.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces Java exception class names that reach a message from below (the client, the JDK) with
 * words: {@code (NotSentException)} reads {@code (connection not opened)}, {@code
 * (AccessDeniedException)} reads {@code (access denied)}. The last guard for "no Java class names
 * in messages".
 */
final class ClassNames {
  /** A class name in parentheses, qualified or not, e.g. {@code (java.io.IOException)}. */
  private static final Pattern IN_PARENTHESES =
      Pattern.compile("\\((?:[a-z][a-z0-9_]*\\.)*([A-Z][A-Za-z0-9]*?)(Exception|Error)\\)");

  private ClassNames() {}

  /** {@code text} with parenthesised exception class names in words. */
  static String toWords(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = IN_PARENTHESES.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("(" + words(m.group(1)) + ")"));
    }
    return m.appendTail(out).toString();
  }

  private static String words(String name) {
    if (name.equals("NotSent")) {
      return "connection not opened";
    }
    if (name.isEmpty() || name.equals("IO")) {
      return "input/output error";
    }
    return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
