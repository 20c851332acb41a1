package io.github.webex4j;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** HTTP 400: the request was invalid; {@link #apiMessage()} says why. */
public class BadRequestException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link WebexApiException#WebexApiException(int, String, List, String, Duration)}. */
  public BadRequestException(
      int statusCode,
      @Nullable String apiMessage,
      @Nullable List<ApiErrorItem> errors,
      @Nullable String trackingId,
      @Nullable Duration retryAfter) {
    super(statusCode, apiMessage, errors, trackingId, retryAfter);
  }
}
