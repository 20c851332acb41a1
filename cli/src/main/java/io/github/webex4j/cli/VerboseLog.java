package io.github.webex4j.cli;

import java.io.PrintWriter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * {@code --verbose}: routes the client's request log ({@code System.Logger} "io.github.webex4j",
 * which writes method, redacted URL, status and trackingId, never the token) to standard error
 * while a command runs. Closing restores the previous logger state.
 */
final class VerboseLog implements AutoCloseable {
  private static final String CLIENT_LOGGER = "io.github.webex4j";

  private final Logger logger;
  private final Level previousLevel;
  private final boolean previousUseParentHandlers;
  private final Handler handler;

  private VerboseLog(PrintWriter err) {
    this.logger = Logger.getLogger(CLIENT_LOGGER);
    this.previousLevel = logger.getLevel();
    this.previousUseParentHandlers = logger.getUseParentHandlers();
    this.handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            err.println("> " + record.getMessage());
            err.flush();
          }

          @Override
          public void flush() {
            err.flush();
          }

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    logger.setLevel(Level.FINE);
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
  }

  /** Starts copying request lines to {@code err}. */
  static VerboseLog start(PrintWriter err) {
    return new VerboseLog(err);
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
    logger.setUseParentHandlers(previousUseParentHandlers);
  }
}
