package io.github.webex4j.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request for an {@link HttpEngine}.
 *
 * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
 * @param uri absolute http(s) URI
 * @param headers header names and values to send, in order (the engine adds framing headers such as
 *     {@code Host} and {@code Content-Length} itself)
 * @param body the body, or empty for none
 * @param timeout how long to wait for the response headers once the connection is open
 * @param streamed true if the caller reads a possibly large body as a stream (file downloads);
 *     false if it reads the whole body at once, so an engine may collect it in one buffer
 */
public record EngineRequest(
    String method,
    URI uri,
    Map<String, String> headers,
    Optional<RequestBody> body,
    Duration timeout,
    boolean streamed) {
  /** Validates that no component is null and copies the headers (order kept). */
  public EngineRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(timeout, "timeout");
  }

  /** The {@code Content-Type} of the body, if there is one. */
  public Optional<String> contentType() {
    return body.map(RequestBody::contentType);
  }

  @Override
  public String toString() {
    return "EngineRequest[" + method + " " + uri.getScheme() + "://" + uri.getAuthority() + "]";
  }
}
