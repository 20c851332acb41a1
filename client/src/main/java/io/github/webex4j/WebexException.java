package io.github.webex4j;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception thrown by webex4j. Unchecked.
 *
 * <p>Messages never contain an access token.
 */
public class WebexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message and the failure that caused it.
   *
   * @param message description without secrets
   * @param cause underlying cause, may be null
   */
  public WebexException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * An exception with a message and no cause.
   *
   * @param message description without secrets
   */
  public WebexException(String message) {
    super(message);
  }

  /**
   * Whether Webex may have carried out the request although the call failed (a 5xx, a reset or
   * timeout after the request was sent, an unreadable 2xx body). Such a create must not simply be
   * repeated: look for its result first, as {@code messages().createOnce} does. False here and for
   * every refusal (4xx) and unsent request.
   */
  public boolean requestMayHaveActed() {
    return false;
  }
}
