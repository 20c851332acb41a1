package io.github.webex4j;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** HTTP 403: the token is valid but not allowed to do this (scope, role, moderator rules). */
public class ForbiddenException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link WebexApiException#WebexApiException(int, String, List, String, Duration)}. */
  public ForbiddenException(
      int statusCode,
      @Nullable String apiMessage,
      @Nullable List<ApiErrorItem> errors,
      @Nullable String trackingId,
      @Nullable Duration retryAfter) {
    super(statusCode, apiMessage, errors, trackingId, retryAfter);
  }
}
