package io.github.webex4j.cli;

import java.io.PrintWriter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the client's log ({@code System.Logger} "io.github.webex4j": method, redacted URL, status,
 * trackingId, retries; never the token) goes while a command runs: never to the JVM's default
 * console handler (no {@code java.util.logging} date lines). With {@code --verbose} every line is
 * copied to standard error; without it only waits Webex asked for ({@code Retry-After} on 429 or
 * 423), as one line each, so a long pause is explained. Closing restores the previous logger state.
 */
final class ClientLog implements AutoCloseable {
  private static final String CLIENT_LOGGER = "io.github.webex4j";

  /** The client's retry line: {@code <call>: <reason>, retrying in <n> ms}. */
  private static final Pattern RETRY = Pattern.compile("(.+): (.+), retrying in (\\d+) ms");

  private final Logger logger;
  private final Level previousLevel;
  private final boolean previousUseParentHandlers;
  private final Handler handler;

  private ClientLog(PrintWriter err, boolean verbose) {
    this.logger = Logger.getLogger(CLIENT_LOGGER);
    this.previousLevel = logger.getLevel();
    this.previousUseParentHandlers = logger.getUseParentHandlers();
    this.handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            String line =
                verbose ? "> " + ClassNames.toWords(record.getMessage()) : waitLine(record);
            if (line != null) {
              err.println(line);
              err.flush();
            }
          }

          @Override
          public void flush() {
            err.flush();
          }

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    logger.setLevel(verbose ? Level.FINE : Level.INFO);
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
  }

  /** Starts routing the client's log to {@code err}: all of it if {@code verbose}. */
  static ClientLog start(PrintWriter err, boolean verbose) {
    return new ClientLog(err, verbose);
  }

  /** The line shown without {@code --verbose} for a wait Webex asked for, else null. */
  static String waitLine(LogRecord record) {
    Matcher retry = RETRY.matcher(record.getMessage());
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
        + DurationOption.human(java.time.Duration.ofMillis(Long.parseLong(retry.group(3))))
        + " as its Retry-After says, then retrying.";
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
    logger.setUseParentHandlers(previousUseParentHandlers);
  }
}
