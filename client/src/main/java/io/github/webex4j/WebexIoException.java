package io.github.webex4j;

/** A network failure or timeout: the request may or may not have reached Webex. */
public class WebexIoException extends WebexException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message description without secrets
   * @param cause the underlying I/O failure
   */
  public WebexIoException(String message, Throwable cause) {
    super(message, cause);
  }
}
