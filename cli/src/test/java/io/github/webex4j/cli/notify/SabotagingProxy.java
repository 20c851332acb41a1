package io.github.webex4j.cli.notify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A proxy on 127.0.0.1 in front of the emulator that can let the next {@code POST /v1/messages}
 * reach the emulator (so the message is stored) and then answer 502 or drop the connection: the
 * ambiguous failures after which a notifier must not post twice. The emulator's own faults strike
 * before the request is handled; this one strikes after.
 */
final class SabotagingProxy implements AutoCloseable {
  /** What happens to the next message post after the emulator handled it. */
  enum Sabotage {
    NONE,
    BAD_GATEWAY,
    DROP
  }

  private static final Set<String> RESTRICTED =
      Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding");

  private final URI target;
  private final HttpServer server;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final AtomicReference<Sabotage> next = new AtomicReference<>(Sabotage.NONE);

  /**
   * @param target the emulator's base URI ({@code http://127.0.0.1:port/v1})
   */
  SabotagingProxy(URI target) throws IOException {
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The proxy's base URI ({@code http://127.0.0.1:port/v1}). */
  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + target.getRawPath());
  }

  /** Arms the sabotage for the next message post. */
  void sabotageNextPost(Sabotage sabotage) {
    next.set(sabotage);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      URI uri =
          URI.create(
              "http://"
                  + target.getHost()
                  + ":"
                  + target.getPort()
                  + exchange.getRequestURI().getRawPath()
                  + (exchange.getRequestURI().getRawQuery() == null
                      ? ""
                      : "?" + exchange.getRequestURI().getRawQuery()));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
        if (!RESTRICTED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
          header.getValue().forEach(v -> request.header(header.getKey(), v));
        }
      }
      HttpResponse<byte[]> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      boolean messagePost =
          exchange.getRequestMethod().equals("POST")
              && exchange.getRequestURI().getPath().endsWith("/messages");
      Sabotage sabotage = messagePost ? next.getAndSet(Sabotage.NONE) : Sabotage.NONE;
      if (sabotage == Sabotage.DROP) {
        return; // closing without a response makes the JDK server drop the connection
      }
      if (sabotage == Sabotage.BAD_GATEWAY) {
        byte[] error =
            "{\"message\":\"Bad gateway.\",\"errors\":[{\"description\":\"Bad gateway.\"}],\"trackingId\":\"PROXY_1\"}"
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(502, error.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(error);
        }
        return;
      }
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))
                    && !name.startsWith(":")) {
                  values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                }
              });
      byte[] bytes = response.body();
      exchange.sendResponseHeaders(response.statusCode(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
