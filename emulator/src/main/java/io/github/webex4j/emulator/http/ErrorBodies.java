package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds the Webex error body {@code {message, errors[{description}], trackingId}}. */
public final class ErrorBodies {
  private ErrorBodies() {}

  /** A new tracking id in the live router's format, {@code ROUTER_<UUID upper case>}. */
  public static String newTrackingId() {
    // ThreadLocalRandom: tracking ids need no secure randomness, and UUID.randomUUID() would make
    // every request contend on one SecureRandom.
    ThreadLocalRandom random = ThreadLocalRandom.current();
    UUID uuid = new UUID(random.nextLong(), random.nextLong());
    return "ROUTER_" + uuid.toString().toUpperCase(Locale.ROOT);
  }

  /** The error body for {@code message}. */
  public static ObjectNode body(String message, String trackingId) {
    return body(message, null, trackingId);
  }

  /** The error body for {@code message}; a non-null {@code errorCode} is added to its entry. */
  public static ObjectNode body(String message, Integer errorCode, String trackingId) {
    ObjectNode body = Json.object();
    body.put("message", message);
    ObjectNode entry = body.putArray("errors").addObject();
    if (errorCode != null) {
      entry.put("errorCode", errorCode);
    }
    entry.put("description", message);
    body.put("trackingId", trackingId);
    return body;
  }

  /** A JSON error answer with {@code status}, the error body and the extra {@code headers}. */
  static ApiResponse response(
      int status, String message, Map<String, String> headers, String trackingId) {
    ApiResponse response = ApiResponse.json(status, body(message, trackingId));
    headers.forEach(response::header);
    return response;
  }

  /** The answer to a bug of the emulator. */
  static ApiResponse internalError(String trackingId) {
    return response(500, "Internal emulator error.", Map.of(), trackingId);
  }
}
