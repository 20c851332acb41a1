package io.github.webex4j.cli;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Rewrites the client's validation messages, which name parameter fields ({@code pageSize must be
 * between 1 and 1000}), in the words of the command that was run ({@code --page-size must be ...}):
 * the leading word and every camelCase word become the command's option of that name.
 */
final class FlagNames {
  /** Fields whose option is not simply their kebab-case name. */
  private static final Map<String, String> SPECIAL =
      Map.of(
          "orgPublicSpaces",
          "--public-spaces",
          "toPersonEmail",
          "--to-person",
          "max",
          "--page-size");

  private static final Pattern WORD = Pattern.compile("\\b[a-z][A-Za-z]*\\b");

  private FlagNames() {}

  /** {@code message} with field names replaced by the options of {@code command}. */
  static String rewrite(String message, CommandSpec command) {
    if (message == null || command == null) {
      return message;
    }
    Matcher m = WORD.matcher(message);
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      boolean field = m.start() == 0 || !word.equals(word.toLowerCase(Locale.ROOT));
      String flag = field ? flagFor(word, command) : null;
      m.appendReplacement(text, Matcher.quoteReplacement(flag == null ? word : flag));
    }
    return m.appendTail(text).toString();
  }

  private static String flagFor(String field, CommandSpec command) {
    String special = SPECIAL.get(field);
    if (special != null && command.findOption(special) != null) {
      return special;
    }
    for (String candidate : new String[] {field, field.replaceFirst("(Id|Email|By|Url)$", "")}) {
      String flag =
          "--" + candidate.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
      if (!candidate.isEmpty() && command.findOption(flag) != null) {
        return flag;
      }
    }
    return null;
  }
}
