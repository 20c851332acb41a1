package io.github.webex4j;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The raw HTTP response behind a call made through {@link WebexClient#withRawResponse}: status,
 * headers, Webex's {@code trackingId} (also on success) and the body as received, beside the
 * decoded value.
 *
 * @param <T> the decoded value's type
 */
public final class WebexResponse<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final String trackingId;
  private final T value;

  WebexResponse(
      int statusCode, Map<String, List<String>> headers, byte[] body, String trackingId, T value) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.trackingId = trackingId;
    this.value = value;
  }

  /** The HTTP status of the last response. */
  public int statusCode() {
    return statusCode;
  }

  /** The last response's headers; names in lower case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Webex's {@code Trackingid} header (secrets redacted), if it sent one. */
  public Optional<String> trackingId() {
    return Optional.ofNullable(trackingId);
  }

  /**
   * The body as received (decompressed), for JSON calls; empty for downloads, whose body the caller
   * streams.
   */
  public Optional<byte[]> body() {
    return body == null ? Optional.empty() : Optional.of(Arrays.copyOf(body, body.length));
  }

  /** The value the call returned, decoded into the client's records. */
  public T parse() {
    return value;
  }

  @Override
  public String toString() {
    return "WebexResponse[" + statusCode + ", trackingId=" + trackingId().orElse("none") + "]";
  }
}
