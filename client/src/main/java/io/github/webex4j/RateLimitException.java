package io.github.webex4j;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429: rate limited and the retry policy gave up or the wait exceeded its budget; wait {@link
 * #retryAfter()} before trying again.
 */
public class RateLimitException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link WebexApiException#WebexApiException(int, String, List, String, Duration)}. */
  public RateLimitException(
      int statusCode,
      @Nullable String apiMessage,
      @Nullable List<ApiErrorItem> errors,
      @Nullable String trackingId,
      @Nullable Duration retryAfter) {
    super(statusCode, apiMessage, errors, trackingId, retryAfter);
  }
}
