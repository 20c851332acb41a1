package io.github.webex4j;

import java.time.Duration;
import java.util.List;

/** HTTP 400: the request was invalid; {@link #apiMessage()} says why. */
public class BadRequestException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link WebexApiException#WebexApiException(int, String, List, String, Duration)}. */
  public BadRequestException(
      int statusCode,
      String apiMessage,
      List<ApiErrorItem> errors,
      String trackingId,
      Duration retryAfter) {
    super(statusCode, apiMessage, errors, trackingId, retryAfter);
  }
}
