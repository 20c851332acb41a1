package io.github.webex4j.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webex4j.ApiErrorItem;
import io.github.webex4j.BadRequestException;
import io.github.webex4j.ConflictException;
import io.github.webex4j.ForbiddenException;
import io.github.webex4j.GoneException;
import io.github.webex4j.LockedException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.RateLimitException;
import io.github.webex4j.ServerException;
import io.github.webex4j.UnauthorizedException;
import io.github.webex4j.WebexApiException;
import io.github.webex4j.internal.util.Extras;
import io.github.webex4j.internal.util.Redactor;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps an error response to the matching {@link WebexApiException} subclass. Reads the body fields
 * {@code message}, {@code errors[]} (each entry kept whole, with its {@code description} and {@code
 * errorCode}) and {@code trackingId}; falls back to the {@code Trackingid} header. A body that is
 * not JSON gives a null {@code apiMessage}. Every text taken from the response, the trackingId
 * included, passes through the redactor: a server that echoes the token anywhere does not leak it
 * into messages or logs.
 */
public final class ErrorDecoder {
  private static final ObjectMapper TREE = new ObjectMapper();

  private ErrorDecoder() {}

  /**
   * @param status HTTP status (not 2xx)
   * @param body response body, may be null or empty
   * @param headerTrackingId the {@code Trackingid} header, may be null
   * @param retryAfter parsed {@code Retry-After}, may be null
   * @param redactor masks secrets (the tokens sent) in every text taken from the response
   */
  public static WebexApiException decode(
      int status, String body, String headerTrackingId, Duration retryAfter, Redactor redactor) {
    String message = null;
    String trackingId = headerTrackingId;
    List<ApiErrorItem> errors = new ArrayList<>();
    if (body != null && !body.isBlank()) {
      try {
        JsonNode root = TREE.readTree(body);
        if (root != null && root.isObject()) {
          message = text(root.get("message"));
          String bodyTracking = text(root.get("trackingId"));
          if (bodyTracking != null) {
            trackingId = bodyTracking;
          }
          JsonNode list = root.get("errors");
          if (list != null && list.isArray()) {
            for (JsonNode e : list) {
              if (e.isObject()) {
                errors.add(item(e, redactor));
              }
            }
          }
        }
      } catch (IOException notJson) {
        // Non-JSON error bodies (proxies, gateways) carry no Webex message.
        message = null;
      }
    }
    if (message == null && !errors.isEmpty()) {
      message = errors.get(0).description();
    }
    return create(
        status, redactor.redact(message), errors, redactor.redact(trackingId), retryAfter);
  }

  private static ApiErrorItem item(JsonNode entry, Redactor redactor) {
    @SuppressWarnings("unchecked")
    Map<String, Object> raw =
        (Map<String, Object>) redacted(TREE.convertValue(entry, Map.class), redactor);
    return new ApiErrorItem(
        redactor.redact(text(entry.get("description"))),
        redactor.redact(text(entry.get("errorCode"))),
        Extras.copyOf(raw));
  }

  /** The value with every string in it (not the keys) passed through the redactor. */
  private static Object redacted(Object value, Redactor redactor) {
    if (value instanceof String text) {
      return redactor.redact(text);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(String.valueOf(key), redacted(item, redactor)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(redacted(item, redactor)));
      return copy;
    }
    return value;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static WebexApiException create(
      int status,
      String message,
      List<ApiErrorItem> errors,
      String trackingId,
      Duration retryAfter) {
    switch (status) {
      case 400:
        return new BadRequestException(status, message, errors, trackingId, retryAfter);
      case 401:
        return new UnauthorizedException(status, message, errors, trackingId, retryAfter);
      case 403:
        return new ForbiddenException(status, message, errors, trackingId, retryAfter);
      case 404:
        return new NotFoundException(status, message, errors, trackingId, retryAfter);
      case 409:
        return new ConflictException(status, message, errors, trackingId, retryAfter);
      case 410:
        return new GoneException(status, message, errors, trackingId, retryAfter);
      case 423:
        return new LockedException(status, message, errors, trackingId, retryAfter);
      case 429:
        return new RateLimitException(status, message, errors, trackingId, retryAfter);
      default:
        if (status >= 500 && status <= 599) {
          return new ServerException(status, message, errors, trackingId, retryAfter);
        }
        return new WebexApiException(status, message, errors, trackingId, retryAfter);
    }
  }
}
