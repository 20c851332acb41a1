package io.github.webex4j.internal;

import io.github.webex4j.RetryPolicy;
import io.github.webex4j.WebexApiException;
import io.github.webex4j.WebexDecodingException;
import io.github.webex4j.WebexIoException;
import io.github.webex4j.http.RequestBody;
import io.github.webex4j.internal.http.Answer;
import io.github.webex4j.internal.http.AuthStage;
import io.github.webex4j.internal.http.Call;
import io.github.webex4j.internal.http.ErrorMapping;
import io.github.webex4j.internal.http.ExchangeStage;
import io.github.webex4j.internal.http.HttpMethod;
import io.github.webex4j.internal.http.RetryStage;
import io.github.webex4j.internal.util.Json;
import io.github.webex4j.internal.util.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The HTTP layer every resource service uses. Thread-safe and immutable.
 *
 * <p>Each call: resolves {@code path} against the base URL (an absolute {@code http(s)://} URL is
 * used verbatim) and goes through three stages over the configured engine: {@link RetryStage} (the
 * {@link RetryPolicy}), {@link AuthStage} (token only to the configured origin, one replay after a
 * 401 if the provider could refresh) and {@link ExchangeStage} (headers, a fresh {@code TrackingID}
 * per attempt, gzip). Errors map to {@link WebexApiException} subclasses, network failures to
 * {@link WebexIoException} and unparseable 2xx bodies to {@link WebexDecodingException}, all
 * cleaned by the one {@link Redactor} bound to this transport.
 */
public final class Transport {
  private static final String JSON = "application/json";

  private final ClientConfig config;
  private final ErrorMapping errors;
  private final RetryStage stages;
  private final Consumer<Answer> observer;
  private final Map<String, String> headers;

  /**
   * @param config the client configuration
   */
  public Transport(ClientConfig config) {
    this.config = config;
    this.errors = new ErrorMapping(Redactor.of());
    ExchangeStage exchange =
        new ExchangeStage(
            config.engine(),
            config.requestTimeout(),
            config.userAgent(),
            errors.redactor(),
            config.log());
    AuthStage auth = new AuthStage(config.baseUri(), config.tokenProvider(), exchange);
    this.stages =
        new RetryStage(
            auth, config.retryPolicy(), config.sleeper(), config.clock(), config.jitter(), errors);
    this.observer = answer -> {};
    this.headers = Map.of();
  }

  private Transport(Transport base, Consumer<Answer> observer, Map<String, String> headers) {
    this.config = base.config;
    this.errors = base.errors;
    this.stages = base.stages;
    this.observer = observer;
    this.headers = Map.copyOf(headers);
  }

  /**
   * A transport sharing this one's stages that also hands each successful final answer to {@code
   * observer} (raw response views).
   */
  public Transport observed(Consumer<Answer> observer) {
    return new Transport(this, observer, headers);
  }

  /**
   * A transport sharing this one's stages whose requests also carry {@code extra} headers (besides
   * any this one adds; {@code extra} wins for the same name). Like the token they go only to the
   * configured origin, and they never replace a standard header.
   *
   * @param extra header names and values, non-null
   */
  public Transport withHeaders(Map<String, String> extra) {
    if (extra.isEmpty()) {
      return this;
    }
    Map<String, String> merged = new LinkedHashMap<>(headers);
    merged.putAll(extra);
    return new Transport(this, observer, merged);
  }

  /** The configuration this transport was built from. */
  public ClientConfig config() {
    return config;
  }

  /** The redactor bound to this transport: it masks every token the transport has sent. */
  public Redactor redactor() {
    return errors.redactor();
  }

  /**
   * GET a single object.
   *
   * @param path relative path such as {@code "teams/" + id} (see {@link Paths}) or absolute URL
   * @param query query parameters, may be null
   * @param type record to decode into
   */
  public <T> T get(String path, Query query, Class<T> type) {
    return decode(send(HttpMethod.GET, resolve(path, query), null, false), type);
  }

  /**
   * GET one page of a list endpoint answering {@code {"items":[...]}} with an optional {@code Link:
   * <...>; rel="next"}.
   *
   * @param path relative path, e.g. {@code "teams"}
   * @param query query parameters (use {@code max} for the page size), may be null
   * @param itemType record type of one item
   */
  public <T> LinkedPage<T> list(String path, Query query, Class<T> itemType) {
    return fetchPage(resolve(path, query), itemType);
  }

  private <T> LinkedPage<T> fetchPage(URI uri, Class<T> itemType) {
    Answer answer = send(HttpMethod.GET, uri, null, false);
    Json.Envelope<T> envelope;
    try {
      envelope = Json.readEnvelope(answer.body(), itemType);
    } catch (IOException | RuntimeException e) {
      throw errors.decodingError(answer.status(), answer.body(), e);
    }
    String next = LinkHeader.next(answer.headers().getOrDefault("link", List.of())).orElse(null);
    return new LinkedPage<>(
        envelope.items(), envelope.others(), next, url -> fetchPage(nextUri(uri, url), itemType));
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
    Answer answer = send(HttpMethod.PATCH, resolve(path, null), json(body), false);
    status.accept(answer.status());
    return decode(answer, type);
  }

  /** DELETE; expects 204 (any 2xx is accepted and its body ignored). */
  public void delete(String path) {
    send(HttpMethod.DELETE, resolve(path, null), null, false);
  }

  /**
   * POST {@code multipart/form-data}: the text {@code fields} (null values skipped, insertion order
   * kept) followed by the file, streamed from disk.
   *
   * @throws IllegalArgumentException if the file is not readable (before any request)
   */
  public <T> T postMultipart(
      String path, Map<String, String> fields, FilePart file, Class<T> type) {
    RequestBody multipart = new Multipart().body(fields, file);
    return decode(send(HttpMethod.POST, resolve(path, null), multipart, false), type);
  }

  /**
   * GET without decoding, for file content ({@code /contents/{id}}). The caller must close the
   * result.
   *
   * @param pathOrUrl relative path or absolute URL (the token is only sent to the configured
   *     origin)
   */
  public RawResponse download(String pathOrUrl) {
    URI uri = resolve(pathOrUrl, null);
    Answer answer = send(HttpMethod.GET, uri, null, true);
    try {
      InputStream body = answer.streamedBody();
      return new RawResponse(answer.status(), answer.headers(), body);
    } catch (IOException e) {
      throw new WebexIoException(
          "GET " + Redactor.redactAll(uri.toString()) + " failed reading the body", e);
    }
  }

  private <T> T withJson(HttpMethod method, String path, Object body, Class<T> type) {
    return decode(send(method, resolve(path, null), json(body), false), type);
  }

  private static RequestBody json(Object body) {
    return body == null ? null : RequestBody.of(JSON, Json.write(body));
  }

  private <T> T decode(Answer answer, Class<T> type) {
    if (type == Void.class || answer.status() == 204) {
      return null;
    }
    try {
      T value = Json.read(answer.body(), type);
      if (value == null) {
        throw new IOException("empty body");
      }
      return value;
    } catch (IOException | RuntimeException e) {
      throw errors.decodingError(answer.status(), answer.body(), e);
    }
  }

  /** One call through the stages; the final 2xx answer is shown to the observer. */
  private Answer send(HttpMethod method, URI uri, RequestBody body, boolean streamed) {
    Answer answer =
        stages.send(new Call(method, uri, Optional.ofNullable(body), streamed, headers));
    observer.accept(answer);
    return answer;
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
}
