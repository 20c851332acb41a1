package io.github.webex4j;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** HTTP 5xx: a server-side failure that remained after retries. */
public class ServerException extends WebexApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link WebexApiException#WebexApiException(int, String, List, String, Duration)}. */
  public ServerException(
      int statusCode,
      @Nullable String apiMessage,
      @Nullable List<ApiErrorItem> errors,
      @Nullable String trackingId,
      @Nullable Duration retryAfter) {
    super(statusCode, apiMessage, errors, trackingId, retryAfter);
  }

  /** True: the request reached the server, which may have acted before failing. */
  @Override
  public boolean requestMayHaveActed() {
    return true;
  }
}
