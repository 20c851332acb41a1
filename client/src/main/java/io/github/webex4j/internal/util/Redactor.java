package io.github.webex4j.internal.util;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that may end up in logs or exception messages. An instance is bound to
 * one transport: it masks the secrets that transport has sent (see {@link #remember}) plus the
 * well-known secret patterns.
 *
 * <p>A secret of at least {@value #WHOLE_WORD_BELOW} characters is masked wherever it occurs. A
 * shorter one (a test token such as {@code T}) is masked only where it stands alone, not inside a
 * longer run of letters and digits, so it never mangles ordinary text; real Webex tokens are over
 * 100 characters long.
 */
public final class Redactor {
  /** Secrets shorter than this are masked only as whole words. */
  static final int WHOLE_WORD_BELOW = 16;

  private static final int REMEMBERED = 8;
  private static final String MASK = "[REDACTED]";
  private static final Pattern SECRET_PARAMS =
      Pattern.compile(
          "(?i)(\\b(?:access_token|refresh_token|client_secret|code|token)\\b\"?\\s*[=:]\\s*\"?)"
              + "[^&\"\\s,}]+");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");

  /** Most recent first; bounded, since a refreshing provider hands out a new token each hour. */
  private final Deque<String> secrets = new ArrayDeque<>();

  private Redactor() {}

  /**
   * A redactor that masks the given secrets (null or blank ones are ignored) and any remembered.
   */
  public static Redactor of(String... secrets) {
    Redactor redactor = new Redactor();
    for (String secret : secrets) {
      redactor.remember(secret);
    }
    return redactor;
  }

  /** Adds a secret to mask from now on (the last {@value #REMEMBERED} are kept). */
  public void remember(String secret) {
    if (secret == null || secret.isBlank()) {
      return;
    }
    synchronized (secrets) {
      if (secret.equals(secrets.peekFirst())) {
        return;
      }
      secrets.remove(secret);
      secrets.addFirst(secret);
      if (secrets.size() > REMEMBERED) {
        secrets.removeLast();
      }
    }
  }

  /**
   * Masks the remembered secrets, bearer credentials and well-known secret parameters ({@code
   * access_token=...}, {@code "refresh_token":"..."}).
   *
   * @param text text to clean, may be null
   * @return the cleaned text, or null for null
   */
  public String redact(String text) {
    String[] current;
    synchronized (secrets) {
      current = secrets.toArray(String[]::new);
    }
    return redactAll(text, current);
  }

  /**
   * Masks every given secret (null or blank entries are ignored), bearer credentials and well-known
   * secret parameters.
   *
   * @param text text to clean, may be null
   * @param secrets exact secrets to mask
   * @return the cleaned text, or null for null
   */
  public static String redactAll(String text, String... secrets) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      if (secret != null && !secret.isBlank()) {
        result = maskSecret(result, secret);
      }
    }
    // The patterns run only where they can match (most texts, e.g. every trackingId, are clean).
    if (containsIgnoringCase(result, "bearer")) {
      result = BEARER.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
    if (result.indexOf('=') >= 0 || result.indexOf(':') >= 0) {
      result = SECRET_PARAMS.matcher(result).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
    return result;
  }

  private static boolean containsIgnoringCase(String text, String word) {
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private static String maskSecret(String text, String secret) {
    if (secret.length() >= WHOLE_WORD_BELOW) {
      return text.replace(secret, MASK);
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    int at;
    while ((at = text.indexOf(secret, from)) >= 0) {
      int end = at + secret.length();
      boolean alone =
          (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
              && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
      out.append(text, from, at).append(alone ? MASK : secret);
      from = end;
    }
    return out.append(text, from, text.length()).toString();
  }

  @Override
  public String toString() {
    synchronized (secrets) {
      return "Redactor[" + secrets.size() + " secrets]";
    }
  }
}
