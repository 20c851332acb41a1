package io.github.webex4j;

/**
 * Sending failed in a way that leaves open whether Webex stored the message (a 5xx, a reset or a
 * timeout), and the room could not be checked afterwards (for example a bot, which may not list a
 * group room's messages). The message may or may not be in the room; it was not sent again.
 */
public class DeliveryUnknownException extends WebexException {
  private static final long serialVersionUID = 1L;

  /**
   * Reports an ambiguous send together with the failed check of the room, so neither cause is lost.
   *
   * @param sendFailure the ambiguous failure of the send
   * @param checkFailure why the room could not be checked (added as suppressed)
   */
  public DeliveryUnknownException(WebexException sendFailure, WebexException checkFailure) {
    super(
        "not known whether the message was delivered: sending failed ("
            + sendFailure.getMessage()
            + ") and the room could not be checked ("
            + checkFailure.getMessage()
            + "); not sent again, to avoid a duplicate",
        sendFailure);
    addSuppressed(checkFailure);
  }

  /** The ambiguous failure of the send. */
  public WebexException sendFailure() {
    return (WebexException) getCause();
  }
}
