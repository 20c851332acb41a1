package io.github.webex4j.webhooks;

import io.github.webex4j.WebexException;

/**
 * A webhook delivery failed verification (missing, malformed or wrong {@code X-Spark-Signature}) or
 * its body is not a webhook envelope. Reject the request (e.g. with HTTP 401 or 400).
 */
public final class WebhookVerificationException extends WebexException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a delivery that failed verification.
   *
   * @param message what failed (never contains the secret)
   */
  public WebhookVerificationException(String message) {
    super(message);
  }

  /**
   * Creates the exception for a delivery that failed verification because of {@code cause}.
   *
   * @param message what failed (never contains the secret)
   * @param cause the underlying failure
   */
  public WebhookVerificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
