package io.github.webex4j.internal.http;

import io.github.webex4j.http.EngineResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The response to one attempt, read as far as the caller needs: a buffered 2xx body as bytes
 * (decompressed), an error body as capped text, or for a streamed 2xx the still open response.
 */
public final class Answer {
  private final EngineResponse response;
  private final byte[] body;
  private final String errorBody;
  private final String trackingId;

  Answer(EngineResponse response, byte[] body, String errorBody, String trackingId) {
    this.response = response;
    this.body = body;
    this.errorBody = errorBody;
    this.trackingId = trackingId;
  }

  /** The HTTP status. */
  public int status() {
    return response.statusCode();
  }

  /** True for 2xx. */
  public boolean successful() {
    return status() >= 200 && status() < 300;
  }

  /** Response headers, names in lower case. */
  public Map<String, List<String>> headers() {
    return response.headers();
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    return response.header(name);
  }

  /** The whole decompressed body of a buffered 2xx response, else null. */
  public byte[] body() {
    return body;
  }

  /** The (capped) body of an error response, else null. */
  public String errorBody() {
    return errorBody;
  }

  /** Webex's {@code Trackingid} header, redacted; null if absent. */
  public String trackingId() {
    return trackingId;
  }

  /**
   * The body stream of a streamed 2xx call, gunzipped when {@code Content-Encoding: gzip}; the
   * caller closes it.
   */
  public InputStream streamedBody() throws IOException {
    return ExchangeStage.decoded(response);
  }
}
