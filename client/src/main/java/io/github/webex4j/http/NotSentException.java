package io.github.webex4j.http;

import java.io.IOException;

/**
 * The request certainly did not reach the server: no connection could be opened. Safe to send again
 * whatever the method. The message says what happened in words (for example {@code connection
 * refused by 127.0.0.1:1} or {@code unknown host example.invalid}).
 */
public class NotSentException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a request for which no connection could be opened.
   *
   * @param message what happened, without secrets
   * @param cause the engine's own exception
   */
  public NotSentException(String message, Throwable cause) {
    super(message, cause);
  }
}
