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
import java.util.Arrays;
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
  private static final int MAX_ERROR_BODY = 64 * 1024;
  private static final int MAX_PRESIZED_BODY = 16 * 1024 * 1024;

  private final HttpEngine engine;
  private final Duration timeout;
  private final String userAgent;
  private final Redactor redactor;
  private final System.Logger log;

  /**
   * @param engine the engine to send through
   * @param timeout per-attempt response timeout
   * @param userAgent the {@code User-Agent} value
   * @param redactor the transport's redactor
   * @param log where each attempt is logged (at {@code DEBUG}) and the later stages log
   */
  public ExchangeStage(
      HttpEngine engine, Duration timeout, String userAgent, Redactor redactor, System.Logger log) {
    this.engine = engine;
    this.timeout = timeout;
    this.userAgent = userAgent;
    this.redactor = redactor;
    this.log = log;
  }

  /** The client's log. */
  System.Logger log() {
    return log;
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
    log.log(
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
    if (gzipped(response)) {
      try (InputStream in = new GZIPInputStream(response.body())) {
        return new Answer(response, in.readAllBytes(), null, trackingId);
      }
    }
    try (InputStream in = response.body()) {
      return new Answer(response, readAll(response, in), null, trackingId);
    }
  }

  /**
   * The whole uncompressed body. One of a stated length is read into one array of that size (no 8
   * KiB first buffer and copy, which is most of what a small answer would allocate).
   */
  private static byte[] readAll(EngineResponse response, InputStream in) throws IOException {
    long length = response.header("content-length").map(ExchangeStage::length).orElse(-1L);
    if (length < 0 || length > MAX_PRESIZED_BODY) {
      return in.readAllBytes();
    }
    byte[] body = in.readNBytes((int) length);
    int next = in.read();
    if (next < 0) {
      return body;
    }
    // More than stated (a custom engine): keep all of it, as readAllBytes would.
    byte[] rest = in.readAllBytes();
    byte[] all = Arrays.copyOf(body, body.length + 1 + rest.length);
    all[body.length] = (byte) next;
    System.arraycopy(rest, 0, all, body.length + 1, rest.length);
    return all;
  }

  /** The body stream, gunzipped when {@code Content-Encoding: gzip}. */
  static InputStream decoded(EngineResponse response) throws IOException {
    return gzipped(response) ? new GZIPInputStream(response.body()) : response.body();
  }

  private static boolean gzipped(EngineResponse response) {
    return response
        .header("content-encoding")
        .map(v -> v.trim().equalsIgnoreCase("gzip"))
        .orElse(false);
  }

  private static long length(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String readErrorBody(EngineResponse response) {
    try (InputStream in = decoded(response)) {
      return new String(in.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
