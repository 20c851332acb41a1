package io.github.webex4j.internal.http;

import io.github.webex4j.http.RequestBody;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
  private final String callId = "webex4j_" + randomUuid();
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

  /**
   * A version-4 UUID from {@link ThreadLocalRandom}: a tracking id is a trace, not a secret, and
   * {@link UUID#randomUUID()}'s {@code SecureRandom} set-up (security providers, entropy) is a
   * measurable part of a short-lived process's start.
   */
  static UUID randomUuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & ~(0b11L << 62)) | (0b10L << 62);
    return new UUID(high, low);
  }

  @Override
  public String toString() {
    return method + " " + describe();
  }
}
