package io.github.webex4j;

import java.time.Duration;
import java.util.List;

/**
 * HTTP 429: rate limited and the retry policy gave up or the wait exceeded its budget; wait {@link
 * #retryAfter()} before trying again.
 */
public class RateLimitException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link WebexApiException#WebexApiException(int, String, List, String, Duration)}. */
  public RateLimitException(
      int statusCode,
      String apiMessage,
      List<ApiErrorItem> errors,
      String trackingId,
      Duration retryAfter) {
    super(statusCode, apiMessage, errors, trackingId, retryAfter);
  }
}
