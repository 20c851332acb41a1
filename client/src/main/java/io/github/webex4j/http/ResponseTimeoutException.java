package io.github.webex4j.http;

import java.io.IOException;

/**
 * The response did not arrive in time after the request was sent: the server may have acted on it.
 */
public class ResponseTimeoutException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a response that did not arrive within the timeout.
   *
   * @param message what timed out, without secrets
   * @param cause the engine's own exception
   */
  public ResponseTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
