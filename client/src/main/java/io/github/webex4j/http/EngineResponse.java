package io.github.webex4j.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A response from an {@link HttpEngine}: status, headers and the body as sent (not decompressed).
 * Closing it releases the connection.
 */
public final class EngineResponse implements Closeable {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final InputStream body;

  /**
   * Wraps what the engine received; header names are stored in lower case, and closing the response
   * closes {@code body}.
   *
   * @param statusCode HTTP status
   * @param headers header names (any case; stored in lower case) and their values
   * @param body the body stream (empty for none)
   */
  public EngineResponse(int statusCode, Map<String, List<String>> headers, InputStream body) {
    this.statusCode = statusCode;
    Map<String, List<String>> lower = new TreeMap<>();
    headers.forEach(
        (name, values) -> {
          if (name != null) {
            // Names differing only in case (rare) are merged, in the order the map gives them.
            lower.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values), EngineResponse::concat);
          }
        });
    this.headers = java.util.Collections.unmodifiableMap(lower);
    this.body = Objects.requireNonNull(body, "body");
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new java.util.ArrayList<>(first);
    both.addAll(second);
    return List.copyOf(both);
  }

  /** The HTTP status. */
  public int statusCode() {
    return statusCode;
  }

  /** All headers; names in lower case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body as sent by the server (possibly gzip-encoded, see {@code Content-Encoding}). */
  public InputStream body() {
    return body;
  }

  @Override
  public void close() throws IOException {
    body.close();
  }

  @Override
  public String toString() {
    return "EngineResponse[" + statusCode + "]";
  }
}
