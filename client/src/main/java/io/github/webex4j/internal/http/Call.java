package io.github.webex4j.internal.http;

import io.github.webex4j.http.RequestBody;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One logical API call, which may take several HTTP attempts (retries, a replay after 401). Each
 * attempt gets its own {@code TrackingID}: {@code webex4j_<uuid>_<attempt>}. Used by one thread.
 */
public final class Call {
  private final HttpMethod method;
  private final URI uri;
  private final Optional<RequestBody> body;
  private final boolean streamed;
  private final Map<String, String> headers;
  private final String callId = "webex4j_" + UUID.randomUUID();
  private int attempts;
  private boolean replayedAfter401;

  /**
   * @param method the HTTP method
   * @param uri absolute URI
   * @param body the body, or empty
   * @param streamed true if a 2xx body is read as a stream by the caller (downloads)
   * @param headers request headers of the call's resource view ({@code timezone}, a meeting {@code
   *     password}, ...), sent like the token: only to the configured origin
   */
  public Call(
      HttpMethod method,
      URI uri,
      Optional<RequestBody> body,
      boolean streamed,
      Map<String, String> headers) {
    this.method = method;
    this.uri = uri;
    this.body = body;
    this.streamed = streamed;
    this.headers = Map.copyOf(headers);
  }

  /** The HTTP method. */
  public HttpMethod method() {
    return method;
  }

  /** The absolute URI. */
  public URI uri() {
    return uri;
  }

  Optional<RequestBody> body() {
    return body;
  }

  boolean streamed() {
    return streamed;
  }

  Map<String, String> headers() {
    return headers;
  }

  /** Starts the next attempt and returns its {@code TrackingID}. */
  String nextTrackingId() {
    attempts++;
    return callId + "_" + attempts;
  }

  /** True once, the first time it is asked: whether a 401 replay is still allowed. */
  boolean claimReplayAfter401() {
    if (replayedAfter401) {
      return false;
    }
    replayedAfter401 = true;
    return true;
  }

  /** The URI for logs and messages: secrets in the query redacted. */
  public String describe() {
    return io.github.webex4j.internal.util.Redactor.redactAll(uri.toString());
  }

  @Override
  public String toString() {
    return method + " " + describe();
  }
}
