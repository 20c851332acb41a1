package io.github.webex4j.internal.http;

import io.github.webex4j.http.EngineRequest;
import io.github.webex4j.http.EngineResponse;
import io.github.webex4j.http.HttpEngine;
import io.github.webex4j.internal.util.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * One HTTP attempt through the engine: the standard headers ({@code User-Agent}, a fresh {@code
 * TrackingID}, {@code Accept}, {@code Accept-Encoding: gzip}, the bearer token when given), then
 * the body read as the call needs it. The token is remembered by the redactor before it is sent;
 * the call's own headers go with the token (to the configured origin only) and never replace a
 * standard one.
 */
public final class ExchangeStage {
  static final System.Logger LOG = System.getLogger("io.github.webex4j");
  private static final int MAX_ERROR_BODY = 64 * 1024;

  private final HttpEngine engine;
  private final Duration timeout;
  private final String userAgent;
  private final Redactor redactor;

  /**
   * @param engine the engine to send through
   * @param timeout per-attempt response timeout
   * @param userAgent the {@code User-Agent} value
   * @param redactor the transport's redactor
   */
  public ExchangeStage(HttpEngine engine, Duration timeout, String userAgent, Redactor redactor) {
    this.engine = engine;
    this.timeout = timeout;
    this.userAgent = userAgent;
    this.redactor = redactor;
  }

  /**
   * @param token the bearer token, or null to send none (another origin)
   * @throws IOException as {@link HttpEngine#execute} says, or if a 2xx body breaks off
   */
  Answer exchange(Call call, String token) throws IOException, InterruptedException {
    String sentTrackingId = call.nextTrackingId();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", userAgent);
    headers.put("TrackingID", sentTrackingId);
    headers.put("Accept", call.streamed() ? "*/*" : "application/json");
    headers.put("Accept-Encoding", "gzip");
    if (token != null) {
      redactor.remember(token);
      call.headers().forEach(headers::putIfAbsent);
      headers.put("Authorization", "Bearer " + token);
    }
    EngineRequest request =
        new EngineRequest(
            call.method().name(), call.uri(), headers, call.body(), timeout, call.streamed());
    EngineResponse response = engine.execute(request);
    String trackingId = redactor.redact(response.header("trackingid").orElse(null));
    LOG.log(
        Level.DEBUG,
        () ->
            call
                + " -> "
                + response.statusCode()
                + " (sent TrackingID "
                + sentTrackingId
                + ", server trackingId "
                + trackingId
                + ")");
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      return new Answer(response, null, readErrorBody(response), trackingId);
    }
    if (call.streamed()) {
      return new Answer(response, null, null, trackingId);
    }
    try (InputStream in = decoded(response)) {
      return new Answer(response, in.readAllBytes(), null, trackingId);
    }
  }

  /** The body stream, gunzipped when {@code Content-Encoding: gzip}. */
  static InputStream decoded(EngineResponse response) throws IOException {
    boolean gzip =
        response
            .header("content-encoding")
            .map(v -> v.trim().equalsIgnoreCase("gzip"))
            .orElse(false);
    return gzip ? new GZIPInputStream(response.body()) : response.body();
  }

  private static String readErrorBody(EngineResponse response) {
    try (InputStream in = decoded(response)) {
      return new String(in.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
