package io.github.webex4j;

import java.time.Duration;
import java.util.List;

/** HTTP 410: the resource is gone (for files: infected with malware). */
public class GoneException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link WebexApiException#WebexApiException(int, String, List, String, Duration)}. */
  public GoneException(
      int statusCode,
      String apiMessage,
      List<ApiErrorItem> errors,
      String trackingId,
      Duration retryAfter) {
    super(statusCode, apiMessage, errors, trackingId, retryAfter);
  }
}
