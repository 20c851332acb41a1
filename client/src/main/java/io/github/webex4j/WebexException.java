package io.github.webex4j;

/**
 * Base of every exception thrown by webex4j. Unchecked.
 *
 * <p>Messages never contain an access token.
 */
public class WebexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message description without secrets
   * @param cause underlying cause, may be null
   */
  public WebexException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * @param message description without secrets
   */
  public WebexException(String message) {
    super(message);
  }
}
