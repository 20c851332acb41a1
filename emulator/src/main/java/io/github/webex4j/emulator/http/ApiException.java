package io.github.webex4j.emulator.http;

import java.util.Map;

/**
 * Ends a request with a Webex-shaped error body: {@code {message, errors[{description}],
 * trackingId}} with {@link #status()} and the extra response {@link #headers()}.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final transient Map<String, String> headers;

  /** An error with {@code status} and {@code message}. */
  public ApiException(int status, String message) {
    this(status, message, Map.of());
  }

  /** An error with {@code status}, {@code message} and extra response headers. */
  public ApiException(int status, String message, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** Extra response headers, e.g. {@code Retry-After} or {@code Allow}. */
  public Map<String, String> headers() {
    return headers;
  }

  /** 400 naming the problem. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  /** 403. */
  public static ApiException forbidden(String message) {
    return new ApiException(403, message);
  }

  /** 404. */
  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
