package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.UUID;

/** Builds the Webex error body {@code {message, errors[{description}], trackingId}}. */
public final class ErrorBodies {
  private ErrorBodies() {}

  /** A new tracking id in the live router's format, {@code ROUTER_<UUID upper case>}. */
  public static String newTrackingId() {
    return "ROUTER_" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
  }

  /** The error body for {@code message}. */
  public static ObjectNode body(String message, String trackingId) {
    ObjectNode body = Json.object();
    body.put("message", message);
    body.putArray("errors").addObject().put("description", message);
    body.put("trackingId", trackingId);
    return body;
  }
}
