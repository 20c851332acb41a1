package io.github.webex4j;

/** A network failure or timeout: the request may or may not have reached Webex. */
public class WebexIoException extends WebexException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a request that failed on the network or timed out.
   *
   * @param message description without secrets
   * @param cause the underlying I/O failure
   */
  public WebexIoException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * True if the request certainly did not reach Webex (the connection could not be opened), so
   * sending it again cannot duplicate anything; false if Webex may have acted on it.
   */
  public boolean requestNotSent() {
    return getCause() instanceof io.github.webex4j.http.NotSentException;
  }

  /** True unless the request {@linkplain #requestNotSent() was never sent}. */
  @Override
  public boolean requestMayHaveActed() {
    return !requestNotSent();
  }
}
