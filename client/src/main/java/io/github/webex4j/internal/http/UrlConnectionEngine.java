package io.github.webex4j.internal.http;

import io.github.webex4j.http.EngineRequest;
import io.github.webex4j.http.EngineResponse;
import io.github.webex4j.http.EngineSettings;
import io.github.webex4j.http.HttpEngine;
import io.github.webex4j.http.NotSentException;
import io.github.webex4j.http.RequestBody;
import io.github.webex4j.http.ResponseTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpRetryException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link HttpEngine} on {@link HttpURLConnection}: HTTP/1.1 with the JDK's keep-alive cache, far
 * fewer classes than {@code java.net.http}. Redirects are never followed.
 *
 * <p>Requests with a body are always sent in fixed-length streaming mode: besides keeping files out
 * of memory, that stops {@code HttpURLConnection} from silently re-sending a POST whose cached
 * connection failed (its {@code sun.net.http.retryPost} behaviour), which could duplicate a
 * message. A bodiless POST is sent with an empty fixed-length body for the same reason.
 *
 * <p>Limits, from {@code HttpURLConnection}: {@code PATCH} cannot be sent, so it goes through a
 * {@link JdkHttpEngine} created on first use; a 401 to a request with a body arrives without the
 * server's headers and body ({@link HttpRetryException} in streaming mode), so such an error
 * carries no Webex message or trackingId; the response timeout bounds each read of the response
 * headers rather than their total time.
 */
public final class UrlConnectionEngine implements HttpEngine {
  private final EngineSettings settings;
  private volatile JdkHttpEngine patchEngine;

  /**
   * @param settings connect timeout and proxy
   */
  public UrlConnectionEngine(EngineSettings settings) {
    this.settings = settings;
  }

  @Override
  public EngineResponse execute(EngineRequest request) throws IOException, InterruptedException {
    if (request.method().equals("PATCH")) {
      return patchEngine().execute(request);
    }
    URI uri = request.uri();
    HttpURLConnection connection = open(uri);
    connection.setInstanceFollowRedirects(false);
    connection.setUseCaches(false);
    connection.setConnectTimeout(millis(settings.connectTimeout().toMillis()));
    connection.setReadTimeout(millis(request.timeout().toMillis()));
    connection.setRequestMethod(request.method());
    request.headers().forEach(connection::setRequestProperty);
    Optional<RequestBody> body = request.body();
    boolean sendsBody = body.isPresent() || request.method().equals("POST");
    if (sendsBody) {
      connection.setDoOutput(true);
      connection.setFixedLengthStreamingMode(body.isPresent() ? body.get().contentLength() : 0);
      connection.setRequestProperty(
          "Content-Type", body.map(RequestBody::contentType).orElse("application/json"));
    }
    try {
      connection.connect();
    } catch (SocketTimeoutException e) {
      throw new NotSentException("connect to " + uri.getAuthority() + " timed out", e);
    } catch (IOException e) {
      throw new NotSentException(ConnectFailures.describe(uri, e), e);
    }
    try {
      if (sendsBody) {
        try (OutputStream out = connection.getOutputStream()) {
          if (body.isPresent()) {
            body.get().writeTo(out);
          }
        }
      }
      int status = connection.getResponseCode();
      // getHeaderFields() has the status line under a null name, which EngineResponse skips.
      return new EngineResponse(status, connection.getHeaderFields(), bodyOf(connection, status));
    } catch (HttpRetryException e) {
      // Streaming mode: HttpURLConnection drops a 401's headers and body (see class comment).
      connection.disconnect();
      return new EngineResponse(e.responseCode(), Map.of(), InputStream.nullInputStream());
    } catch (SocketTimeoutException e) {
      connection.disconnect();
      throw new ResponseTimeoutException(
          "no response from "
              + uri.getAuthority()
              + " within "
              + ConnectFailures.human(request.timeout()),
          e);
    } catch (IOException | RuntimeException e) {
      connection.disconnect();
      throw e;
    }
  }

  private HttpURLConnection open(URI uri) throws IOException {
    Optional<ProxySelector> selector = settings.proxy();
    if (selector.isEmpty()) {
      return (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
    }
    List<Proxy> proxies = selector.get().select(uri);
    Proxy proxy = proxies == null || proxies.isEmpty() ? Proxy.NO_PROXY : proxies.get(0);
    return (HttpURLConnection) uri.toURL().openConnection(proxy);
  }

  /**
   * The body stream; closing it returns the connection to the keep-alive cache. A body shorter than
   * its {@code Content-Length} fails with an {@link IOException} ({@code HttpURLConnection} itself
   * reports such a cut-off body as a normal end).
   */
  private static InputStream bodyOf(HttpURLConnection connection, int status) throws IOException {
    InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    if (in == null) {
      return InputStream.nullInputStream();
    }
    long length = connection.getContentLengthLong();
    return length < 0 ? in : new LengthCheckedStream(in, length);
  }

  private JdkHttpEngine patchEngine() {
    JdkHttpEngine engine = patchEngine;
    if (engine == null) {
      synchronized (this) {
        engine = patchEngine;
        if (engine == null) {
          engine = new JdkHttpEngine(settings);
          patchEngine = engine;
        }
      }
    }
    return engine;
  }

  private static int millis(long millis) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
  }

  @Override
  public String toString() {
    return "UrlConnectionEngine";
  }
}
