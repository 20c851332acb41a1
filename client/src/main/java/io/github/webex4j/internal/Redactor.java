package io.github.webex4j.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes secrets from text that may end up in logs or exception messages. */
public final class Redactor {
  private static final String MASK = "[REDACTED]";
  private static final Pattern SECRET_PARAMS =
      Pattern.compile(
          "(?i)(\\b(?:access_token|refresh_token|client_secret|code|token)\\b\"?\\s*[=:]\\s*\"?)"
              + "[^&\"\\s,}]+");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");

  private Redactor() {}

  /**
   * Masks bearer credentials, well-known secret parameters ({@code access_token=...}, {@code
   * "refresh_token":"..."}) and every occurrence of each given secret.
   *
   * @param text text to clean, may be null
   * @param secrets exact secrets to mask; null or blank entries are ignored
   * @return the cleaned text, or null for null
   */
  public static String redact(String text, String... secrets) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      if (secret != null && !secret.isBlank()) {
        result = result.replace(secret, MASK);
      }
    }
    result = BEARER.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    return SECRET_PARAMS.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(MASK));
  }
}
