package io.github.webex4j.cli;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's log in the CLI, given to every client it builds ({@code
 * WebexClient.Builder.logger}): method, redacted URL, status, trackingId, retries; never the token.
 * With {@code --verbose} every line is printed to standard error; without it only waits Webex asked
 * for ({@code Retry-After} on 429 or 423) and the waits before looking whether a message whose send
 * had no clear answer arrived, as one line each, so a long pause is explained. Nothing goes through
 * {@code java.util.logging}: no date lines, and no logging framework to start in a short-lived
 * process.
 */
final class ClientLog implements System.Logger {
  /** The client's retry line: {@code <call>: <reason>, retrying in <n> ms}. */
  private static final Pattern RETRY = Pattern.compile("(.+): (.+), retrying in (\\d+) ms");

  /** A send whose outcome was unclear: {@code POST messages: <why>, looking ... in <n> ms}. */
  private static final Pattern LOOK =
      Pattern.compile("POST messages: (.+), looking for the sent message in (\\d+) ms");

  private final PrintWriter err;
  private final boolean verbose;

  ClientLog(PrintWriter err, boolean verbose) {
    this.err = err;
    this.verbose = verbose;
  }

  @Override
  public String getName() {
    return "io.github.webex4j";
  }

  /** {@code DEBUG} and above with {@code --verbose}, else {@code INFO} and above (retries). */
  @Override
  public boolean isLoggable(Level level) {
    Level threshold = verbose ? Level.DEBUG : Level.INFO;
    return level != Level.OFF && level.getSeverity() >= threshold.getSeverity();
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
    if (isLoggable(level)) {
      print(message);
    }
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    if (isLoggable(level)) {
      print(params == null || params.length == 0 ? format : MessageFormat.format(format, params));
    }
  }

  private void print(String message) {
    String line = verbose ? "> " + ClassNames.toWords(message) : waitLine(message);
    if (line != null) {
      synchronized (err) {
        err.println(line);
        err.flush();
      }
    }
  }

  /** The line shown without {@code --verbose} for a wait worth explaining, else null. */
  static String waitLine(String message) {
    Matcher look = LOOK.matcher(message);
    if (look.matches()) {
      return "webex: no clear answer to sending the message ("
          + look.group(1)
          + "); checking in "
          + human(look.group(2))
          + " whether it arrived before sending it again.";
    }
    Matcher retry = RETRY.matcher(message);
    if (!retry.matches()) {
      return null;
    }
    String why =
        switch (retry.group(2)) {
          case "429" -> "Webex asked to slow down (429)";
          case "423" -> "Webex is still scanning the file (423)";
          default -> null;
        };
    if (why == null) {
      return null;
    }
    return "webex: "
        + why
        + "; waiting "
        + human(retry.group(3))
        + " as its Retry-After says, then retrying.";
  }

  private static String human(String millis) {
    return DurationOption.human(java.time.Duration.ofMillis(Long.parseLong(millis)));
  }
}
