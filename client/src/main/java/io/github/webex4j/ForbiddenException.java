package io.github.webex4j;

import java.time.Duration;
import java.util.List;

/** HTTP 403: the token is valid but not allowed to do this (scope, role, moderator rules). */
public class ForbiddenException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link WebexApiException#WebexApiException(int, String, List, String, Duration)}. */
  public ForbiddenException(
      int statusCode,
      String apiMessage,
      List<ApiErrorItem> errors,
      String trackingId,
      Duration retryAfter) {
    super(statusCode, apiMessage, errors, trackingId, retryAfter);
  }
}
