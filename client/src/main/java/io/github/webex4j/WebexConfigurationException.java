package io.github.webex4j;

import org.jspecify.annotations.Nullable;

/**
 * The client could not be configured: no access token found, an unreadable or malformed {@code
 * .env} file, an invalid base URL or proxy setting. Messages name the source and line, never a
 * value.
 */
public class WebexConfigurationException extends WebexException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a configuration the client cannot use.
   *
   * @param message description without secrets
   * @param cause underlying cause, may be null
   */
  public WebexConfigurationException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
