package io.github.webex4j.internal.http;

import io.github.webex4j.http.EngineRequest;
import io.github.webex4j.http.EngineResponse;
import io.github.webex4j.http.EngineSettings;
import io.github.webex4j.http.HttpEngine;
import io.github.webex4j.http.NotSentException;
import io.github.webex4j.http.RequestBody;
import io.github.webex4j.http.ResponseTimeoutException;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;

/** {@link HttpEngine} over one shared JDK {@link HttpClient}; redirects are never followed. */
public final class JdkHttpEngine implements HttpEngine {
  /**
   * Whole-body reads: a 2xx body is collected by the HTTP client into one array (no stream buffers,
   * no growing copy); other statuses stay a stream, so error bodies can be read capped.
   */
  private static final BodyHandler<InputStream> BUFFERED =
      info ->
          info.statusCode() >= 200 && info.statusCode() < 300
              ? BodySubscribers.mapping(BodySubscribers.ofByteArray(), ByteArrayInputStream::new)
              : BodySubscribers.ofInputStream();

  private final HttpClient http;

  /**
   * @param settings connect timeout and proxy
   */
  public JdkHttpEngine(EngineSettings settings) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER);
    settings.proxy().ifPresent(builder::proxy);
    this.http = builder.build();
  }

  @Override
  public EngineResponse execute(EngineRequest request) throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri())
            .timeout(request.timeout())
            .method(
                request.method(),
                request.body().map(JdkHttpEngine::publisher).orElse(BodyPublishers.noBody()));
    request.headers().forEach(builder::header);
    request.contentType().ifPresent(type -> builder.header("Content-Type", type));
    HttpResponse<InputStream> response;
    try {
      response =
          http.send(builder.build(), request.streamed() ? BodyHandlers.ofInputStream() : BUFFERED);
    } catch (HttpConnectTimeoutException e) {
      throw new NotSentException("connect to " + request.uri().getAuthority() + " timed out", e);
    } catch (ConnectException e) {
      throw new NotSentException(ConnectFailures.describe(request.uri(), e), e);
    } catch (HttpTimeoutException e) {
      throw new ResponseTimeoutException(
          "no response from "
              + request.uri().getAuthority()
              + " within "
              + ConnectFailures.human(request.timeout()),
          e);
    }
    return new EngineResponse(response.statusCode(), response.headers().map(), response.body());
  }

  private static BodyPublisher publisher(RequestBody body) {
    List<BodyPublisher> parts = new ArrayList<>();
    for (RequestBody.Segment segment : body.segments()) {
      if (segment instanceof RequestBody.Bytes bytes) {
        parts.add(BodyPublishers.ofByteArray(bytes.bytes()));
      } else {
        try {
          parts.add(BodyPublishers.ofFile(((RequestBody.FileContent) segment).path()));
        } catch (FileNotFoundException e) {
          throw new IllegalArgumentException("file is not readable: " + e.getMessage(), e);
        }
      }
    }
    return parts.size() == 1
        ? parts.get(0)
        : BodyPublishers.concat(parts.toArray(BodyPublisher[]::new));
  }

  @Override
  public String toString() {
    return "JdkHttpEngine";
  }
}
