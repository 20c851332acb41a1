package io.github.webex4j;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Webex API answered with a non-success status. Subclasses exist for the statuses callers
 * usually handle ({@link NotFoundException}, {@link RateLimitException}, ...); any other status is
 * reported as this class itself.
 *
 * <p>{@link #getMessage()} contains the status, Webex's message and the tracking id.
 */
public class WebexApiException extends WebexException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final @Nullable String trackingId;
  private final @Nullable String apiMessage;
  private final List<ApiErrorItem> errors;
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception for one error response; the message is made of the status, Webex's
   * message and the tracking id.
   *
   * @param statusCode HTTP status
   * @param apiMessage Webex's {@code message}, may be null
   * @param errors the entries of the body's {@code errors} array, may be null (treated as empty)
   * @param trackingId from the body or the {@code Trackingid} header, may be null
   * @param retryAfter parsed {@code Retry-After}, may be null
   */
  public WebexApiException(
      int statusCode,
      @Nullable String apiMessage,
      @Nullable List<ApiErrorItem> errors,
      @Nullable String trackingId,
      @Nullable Duration retryAfter) {
    super(describe(statusCode, apiMessage, trackingId));
    this.statusCode = statusCode;
    this.apiMessage = apiMessage;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
    this.trackingId = trackingId;
    this.retryAfter = retryAfter;
  }

  private static String describe(int status, String apiMessage, String trackingId) {
    StringBuilder text = new StringBuilder("Webex API error ").append(status);
    if (apiMessage != null && !apiMessage.isBlank()) {
      text.append(": ").append(apiMessage);
    }
    text.append(" (trackingId ").append(Objects.requireNonNullElse(trackingId, "none")).append(')');
    return text.toString();
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** Webex's tracking id for support requests, or null if the response carried none. */
  public @Nullable String trackingId() {
    return trackingId;
  }

  /** The {@code message} of the error body, or null if there was none. */
  public @Nullable String apiMessage() {
    return apiMessage;
  }

  /**
   * The entries of the error body's {@code errors} array, each with its {@code description}, its
   * {@code errorCode} (admin and licensing APIs) and every field as sent; never null.
   */
  public List<ApiErrorItem> errors() {
    return errors;
  }

  /** The {@code description} of each entry of {@link #errors()} that has one; never null. */
  public List<String> errorDescriptions() {
    return errors.stream().map(ApiErrorItem::description).filter(Objects::nonNull).toList();
  }

  /** The server's {@code Retry-After}, if it sent a parseable one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
