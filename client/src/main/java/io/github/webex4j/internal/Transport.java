package io.github.webex4j.internal;

import io.github.webex4j.Page;
import io.github.webex4j.RetryPolicy;
import io.github.webex4j.WebexApiException;
import io.github.webex4j.WebexDecodingException;
import io.github.webex4j.WebexIoException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.zip.GZIPInputStream;

/**
 * The HTTP layer every resource service uses. Thread-safe and immutable.
 *
 * <p>Each call: resolves {@code path} against the base URL (an absolute {@code http(s)://} URL is
 * used verbatim), sends {@code Authorization: Bearer} only to the configured origin, a {@code
 * User-Agent}, a fresh {@code TrackingID} per HTTP request and {@code Accept-Encoding: gzip};
 * retries as the {@link RetryPolicy} says; replays once after a 401 if the token provider could
 * refresh; maps errors to {@link WebexApiException} subclasses, network failures to {@link
 * WebexIoException} and unparseable 2xx bodies to {@link WebexDecodingException}.
 */
public final class Transport {
  private static final System.Logger LOG = System.getLogger("io.github.webex4j");
  private static final int MAX_ERROR_BODY = 64 * 1024;
  private static final String JSON = "application/json";

  /**
   * JSON calls: a 2xx body is collected by the HTTP client into one array (no stream buffers, no
   * growing copy; read inside the retry loop like before); other statuses stay a stream, so error
   * bodies are read capped.
   */
  private static final BodyHandler<InputStream> BUFFERED =
      info ->
          info.statusCode() >= 200 && info.statusCode() < 300
              ? BodySubscribers.mapping(BodySubscribers.ofByteArray(), ByteArrayInputStream::new)
              : BodySubscribers.ofInputStream();

  private final ClientConfig config;

  /**
   * @param config the client configuration
   */
  public Transport(ClientConfig config) {
    this.config = config;
  }

  /** The configuration this transport was built from. */
  public ClientConfig config() {
    return config;
  }

  /**
   * GET a single object.
   *
   * @param path relative path such as {@code "teams/" + id} (see {@link Paths}) or absolute URL
   * @param query query parameters, may be null
   * @param type record to decode into
   */
  public <T> T get(String path, Query query, Class<T> type) {
    return decode(send(HttpMethod.GET, resolve(path, query), null, null, true), type);
  }

  /**
   * GET one page of a list endpoint answering {@code {"items":[...]}} with an optional {@code Link:
   * <...>; rel="next"}.
   *
   * @param path relative path, e.g. {@code "teams"}
   * @param query query parameters (use {@code max} for the page size), may be null
   * @param itemType record type of one item
   */
  public <T> Page<T> list(String path, Query query, Class<T> itemType) {
    return fetchPage(resolve(path, query), itemType);
  }

  private <T> Page<T> fetchPage(URI uri, Class<T> itemType) {
    Received received = send(HttpMethod.GET, uri, null, null, true);
    List<T> items;
    try {
      items = Json.readItems(received.body(), itemType);
    } catch (IOException | RuntimeException e) {
      throw decodingFailure(received, e);
    }
    String next = LinkHeader.next(received.response().headers().allValues("link")).orElse(null);
    return new LinkedPage<>(items, next, url -> fetchPage(nextUri(uri, url), itemType));
  }

  /**
   * The next page's URI: the Link target verbatim, or resolved against the current page's URI if
   * the server sent a relative reference (RFC 8288 §3.1).
   */
  private static URI nextUri(URI current, String url) {
    try {
      URI next = current.resolve(new URI(url));
      String scheme = next.getScheme();
      if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
        throw new URISyntaxException(url, "not an http(s) URL");
      }
      return next;
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new WebexDecodingException(200, "invalid Link next URL: " + url, e);
    }
  }

  /**
   * POST a JSON body.
   *
   * @param body object serialised with {@link Json}; null sends no body
   * @param type response type; {@code Void.class} for no response body (returns null)
   */
  public <T> T post(String path, Object body, Class<T> type) {
    return withJson(HttpMethod.POST, path, body, type);
  }

  /** PUT a JSON body; see {@link #post}. */
  public <T> T put(String path, Object body, Class<T> type) {
    return withJson(HttpMethod.PUT, path, body, type);
  }

  /** PATCH a JSON body ({@code application/json}); see {@link #post}. */
  public <T> T patch(String path, Object body, Class<T> type) {
    return withJson(HttpMethod.PATCH, path, body, type);
  }

  /**
   * PATCH like {@link #patch(String, Object, Class)}, also passing the 2xx status code to {@code
   * status} (where 200 and 206 Partial Content differ, e.g. {@code PATCH /licenses/users}).
   */
  public <T> T patch(String path, Object body, Class<T> type, IntConsumer status) {
    BodyPublisher publisher = body == null ? null : BodyPublishers.ofByteArray(Json.write(body));
    Received received =
        send(HttpMethod.PATCH, resolve(path, null), publisher, body == null ? null : JSON, true);
    status.accept(received.status());
    return decode(received, type);
  }

  /** DELETE; expects 204 (any 2xx is accepted and its body ignored). */
  public void delete(String path) {
    send(HttpMethod.DELETE, resolve(path, null), null, null, true);
  }

  /**
   * POST {@code multipart/form-data}: the text {@code fields} (null values skipped, insertion order
   * kept) followed by the file, streamed from disk.
   *
   * @throws IllegalArgumentException if the file is not readable (before any request)
   */
  public <T> T postMultipart(
      String path, Map<String, String> fields, FilePart file, Class<T> type) {
    Multipart multipart = new Multipart();
    BodyPublisher publisher = multipart.publisher(fields, file);
    return decode(
        send(HttpMethod.POST, resolve(path, null), publisher, multipart.contentType(), true), type);
  }

  /**
   * GET without decoding, for file content ({@code /contents/{id}}). The caller must close the
   * result.
   *
   * @param pathOrUrl relative path or absolute URL (the token is only sent to the configured
   *     origin)
   */
  public RawResponse download(String pathOrUrl) {
    HttpResponse<InputStream> response =
        send(HttpMethod.GET, resolve(pathOrUrl, null), null, null, false).response();
    Map<String, List<String>> headers = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
    try {
      return new RawResponse(response.statusCode(), Map.copyOf(headers), bodyStream(response));
    } catch (IOException e) {
      throw new WebexIoException("GET " + describe(response.uri()) + " failed reading the body", e);
    }
  }

  private <T> T withJson(HttpMethod method, String path, Object body, Class<T> type) {
    BodyPublisher publisher = body == null ? null : BodyPublishers.ofByteArray(Json.write(body));
    return decode(
        send(method, resolve(path, null), publisher, body == null ? null : JSON, true), type);
  }

  private <T> T decode(Received received, Class<T> type) {
    if (type == Void.class || received.status() == 204) {
      return null;
    }
    try {
      T value = Json.read(received.body(), type);
      if (value == null) {
        throw new IOException("empty body");
      }
      return value;
    } catch (IOException | RuntimeException e) {
      throw decodingFailure(received, e);
    }
  }

  /**
   * A 2xx response; {@code body} is the (gunzipped) UTF-8 body when buffered, else null; {@code
   * token} is the token the request carried (null if none), kept to redact it from decoding errors.
   * JSON is decoded from the bytes: the body is only turned into text for a decoding error.
   */
  private record Received(HttpResponse<InputStream> response, byte[] body, String token) {
    int status() {
      return response.statusCode();
    }
  }

  private static WebexDecodingException decodingFailure(Received received, Exception cause) {
    String text = received.body() == null ? null : utf8(received.body());
    return new WebexDecodingException(
        received.status(), Redactor.redact(text, received.token()), cause);
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  URI resolve(String path, Query query) {
    String url;
    if (path.startsWith("https://") || path.startsWith("http://")) {
      url = path;
    } else {
      String relative = path.startsWith("/") ? path.substring(1) : path;
      url = config.baseUri() + "/" + relative;
    }
    if (query != null && !query.isEmpty()) {
      url += (url.contains("?") ? "&" : "?") + query.encoded();
    }
    return URI.create(url);
  }

  /** True if {@code uri} has the configured base URL's scheme, host and port. */
  boolean sameOrigin(URI uri) {
    URI base = config.baseUri();
    return base.getScheme().equalsIgnoreCase(uri.getScheme())
        && base.getHost() != null
        && base.getHost().equalsIgnoreCase(uri.getHost())
        && port(base) == port(uri);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /**
   * Sends with retries. When {@code buffered}, the body is read inside the retry loop, so a
   * connection lost mid-body is retried like any other I/O failure.
   */
  private Received send(
      HttpMethod method, URI uri, BodyPublisher body, String contentType, boolean buffered) {
    RetryPolicy policy = config.retryPolicy();
    Instant start = config.clock().instant();
    String callId = "webex4j_" + UUID.randomUUID();
    int retries = 0;
    int attempt = 0;
    boolean replayedAfter401 = false;
    while (true) {
      attempt++;
      String token = sameOrigin(uri) ? config.tokenProvider().token() : null;
      HttpRequest request =
          request(
              method,
              uri,
              body,
              contentType,
              buffered ? JSON : "*/*",
              token,
              callId + "_" + attempt);
      HttpResponse<InputStream> response;
      byte[] bytes = null;
      try {
        response =
            config.httpClient().send(request, buffered ? BUFFERED : BodyHandlers.ofInputStream());
        if (buffered && response.statusCode() >= 200 && response.statusCode() < 300) {
          bytes = readBody(response);
        }
      } catch (IOException e) {
        boolean notSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
        Duration wait = backoff(retries);
        if ((method.idempotent() || notSent) && mayRetry(retries, start, wait)) {
          log(Level.INFO, method, uri, "I/O failure (" + e.getClass().getSimpleName() + ")", wait);
          sleep(wait);
          retries++;
          continue;
        }
        throw ioFailure(method, uri, e, token);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WebexIoException(method + " " + describe(uri) + " interrupted", e);
      }
      int status = response.statusCode();
      String trackingId = response.headers().firstValue("trackingid").orElse(null);
      LOG.log(
          Level.DEBUG,
          () ->
              method
                  + " "
                  + describe(uri)
                  + " -> "
                  + status
                  + " (sent TrackingID "
                  + request.headers().firstValue("TrackingID").orElse("")
                  + ", server trackingId "
                  + trackingId
                  + ")");
      if (status >= 200 && status < 300) {
        return new Received(response, bytes, token);
      }
      String errorBody = readErrorBody(response);
      if (status == 401
          && token != null
          && !replayedAfter401
          && config.tokenProvider().refreshAfterUnauthorized(token)) {
        replayedAfter401 = true;
        LOG.log(
            Level.INFO, () -> method + " " + describe(uri) + " -> 401, token refreshed, replaying");
        continue;
      }
      Optional<Duration> retryAfter =
          RetryAfter.parse(
              response.headers().firstValue("retry-after").orElse(null), config.clock());
      if (status == 429) {
        Duration wait = clamp(retryAfter.orElse(policy.defaultRetryAfter()), policy);
        if (wait.compareTo(policy.maxRetryAfter()) <= 0 && mayRetry(retries, start, wait)) {
          log(Level.INFO, method, uri, "429", wait);
          sleep(wait);
          retries++;
          continue;
        }
        throw ErrorDecoder.decode(status, errorBody, trackingId, wait, token);
      }
      Duration wait = retryableWait(method, status, retryAfter, retries, policy);
      if (wait != null && mayRetry(retries, start, wait)) {
        log(Level.INFO, method, uri, String.valueOf(status), wait);
        sleep(wait);
        retries++;
        continue;
      }
      throw ErrorDecoder.decode(status, errorBody, trackingId, retryAfter.orElse(null), token);
    }
  }

  /** The wait before retrying a non-429 error status, or null if it must not be retried. */
  private Duration retryableWait(
      HttpMethod method, int status, Optional<Duration> retryAfter, int retries, RetryPolicy p) {
    boolean transientStatus = status == 502 || status == 503 || status == 504 || status == 423;
    if (!transientStatus) {
      return null;
    }
    boolean postSafe = status == 503 && retryAfter.isPresent();
    if (!method.idempotent() && !postSafe) {
      return null;
    }
    if ((status == 503 || status == 423) && retryAfter.isPresent()) {
      Duration wait = clamp(retryAfter.get(), p);
      return wait.compareTo(p.maxRetryAfter()) <= 0 ? wait : null;
    }
    return backoff(retries);
  }

  private static Duration clamp(Duration wait, RetryPolicy policy) {
    return wait.compareTo(policy.minRetryAfter()) < 0 ? policy.minRetryAfter() : wait;
  }

  /** Exponential backoff with full jitter: uniform in [0, min(max, initial * 2^retries)]. */
  Duration backoff(int retries) {
    RetryPolicy p = config.retryPolicy();
    long initial = p.initialBackoff().toMillis();
    long cap = p.maxBackoff().toMillis();
    long ceiling = retries >= 30 ? cap : Math.min(cap, initial << retries);
    return Duration.ofMillis(Math.round(ceiling * config.jitter().getAsDouble()));
  }

  private boolean mayRetry(int retries, Instant start, Duration wait) {
    RetryPolicy p = config.retryPolicy();
    if (retries >= p.maxRetries()) {
      return false;
    }
    Duration elapsed = Duration.between(start, config.clock().instant());
    return elapsed.plus(wait).compareTo(p.totalBudget()) <= 0;
  }

  private void sleep(Duration wait) {
    try {
      config.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WebexIoException("Interrupted while waiting to retry", e);
    }
  }

  private HttpRequest request(
      HttpMethod method,
      URI uri,
      BodyPublisher body,
      String contentType,
      String accept,
      String token,
      String trackingId) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(config.requestTimeout())
            .header("User-Agent", config.userAgent())
            .header("TrackingID", trackingId)
            .header("Accept", accept)
            .header("Accept-Encoding", "gzip")
            .method(method.name(), body == null ? BodyPublishers.noBody() : body);
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return builder.build();
  }

  private WebexIoException ioFailure(HttpMethod method, URI uri, IOException e, String token) {
    String kind = e instanceof HttpTimeoutException ? "timed out" : "failed";
    String detail = Redactor.redact(String.valueOf(e.getMessage()), token);
    return new WebexIoException(
        method
            + " "
            + describe(uri)
            + " "
            + kind
            + ": "
            + e.getClass().getSimpleName()
            + ": "
            + detail,
        e);
  }

  private void log(Level level, HttpMethod method, URI uri, String reason, Duration wait) {
    LOG.log(
        level,
        () ->
            method
                + " "
                + describe(uri)
                + ": "
                + reason
                + ", retrying in "
                + wait.toMillis()
                + " ms");
  }

  /** The URL for logs and messages: secrets in the query redacted. */
  private static String describe(URI uri) {
    return Redactor.redact(uri.toString());
  }

  private static InputStream bodyStream(HttpResponse<InputStream> response) throws IOException {
    InputStream body = response.body();
    boolean gzip =
        response
            .headers()
            .firstValue("content-encoding")
            .map(v -> v.trim().equalsIgnoreCase("gzip"))
            .orElse(false);
    if (!gzip) {
      return body;
    }
    return new GZIPInputStream(body);
  }

  private static byte[] readBody(HttpResponse<InputStream> response) throws IOException {
    try (InputStream in = bodyStream(response)) {
      return in.readAllBytes();
    }
  }

  private static String readErrorBody(HttpResponse<InputStream> response) {
    try (InputStream in = bodyStream(response)) {
      return utf8(in.readNBytes(MAX_ERROR_BODY));
    } catch (IOException e) {
      return "";
    }
  }
}
