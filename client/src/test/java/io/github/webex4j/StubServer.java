package io.github.webex4j;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A scripted HTTP server on 127.0.0.1, port 0, for wire-level tests. Responses are taken from a
 * queue in order; when the queue is empty the server answers 500. Every request is recorded.
 */
public final class StubServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
  private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch closing = new CountDownLatch(1);

  private StubServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a server. */
  public static StubServer start() {
    try {
      return new StubServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>/v1}. */
  public URI baseUri() {
    return URI.create(origin() + "/v1");
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues a JSON reply. */
  public StubServer json(int status, String body, String... headerPairs) {
    replies.add(new Reply(status, body, headerPairs, Effect.NONE));
    return this;
  }

  /** Queues a reply with a gzip-encoded body. */
  public StubServer gzipJson(int status, String body) {
    replies.add(new Reply(status, body, new String[0], Effect.GZIP));
    return this;
  }

  /** Queues a reply with no body (e.g. 204). */
  public StubServer empty(int status, String... headerPairs) {
    replies.add(new Reply(status, null, headerPairs, Effect.NONE));
    return this;
  }

  /** Queues a connection that is closed without any response. */
  public StubServer drop() {
    replies.add(new Reply(0, null, new String[0], Effect.DROP));
    return this;
  }

  /** Queues a 200 that announces 100 bytes, sends 10 and closes the connection. */
  public StubServer truncate() {
    replies.add(new Reply(200, null, new String[0], Effect.TRUNCATE));
    return this;
  }

  /** Queues a reply that never comes (until the server is closed): for timeouts. */
  public StubServer hang() {
    replies.add(new Reply(0, null, new String[0], Effect.HANG));
    return this;
  }

  /** All requests received so far. */
  public List<Recorded> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** The only request received; fails if there were more or fewer. */
  public Recorded single() {
    List<Recorded> all = requests();
    if (all.size() != 1) {
      throw new AssertionError("expected exactly 1 request, got " + all.size() + ": " + all);
    }
    return all.get(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    Map<String, List<String>> headers = new TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    requests.add(
        new Recorded(
            exchange.getRequestMethod(),
            exchange.getRequestURI().toString(),
            Map.copyOf(headers),
            body,
            exchange.getRemoteAddress().getPort()));
    Reply reply = replies.poll();
    if (reply == null) {
      reply = new Reply(500, "{\"message\":\"stub: no reply queued\"}", new String[0], Effect.NONE);
    }
    switch (reply.effect) {
      case DROP:
        throw new IOException("stub: dropping connection");
      case HANG:
        try {
          closing.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        exchange.close();
        return;
      case TRUNCATE:
        exchange.sendResponseHeaders(200, 100);
        OutputStream partial = exchange.getResponseBody();
        partial.write("{\"items\":[".getBytes(StandardCharsets.UTF_8));
        partial.flush();
        throw new IOException("stub: truncating body");
      default:
        break;
    }
    for (int i = 0; i + 1 < reply.headers.length; i += 2) {
      exchange.getResponseHeaders().add(reply.headers[i], reply.headers[i + 1]);
    }
    if (reply.body == null) {
      exchange.sendResponseHeaders(reply.status, -1);
      exchange.close();
      return;
    }
    byte[] bytes = reply.body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    if (reply.effect == Effect.GZIP) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
        gzip.write(bytes);
      }
      bytes = zipped.toByteArray();
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    exchange.sendResponseHeaders(reply.status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private enum Effect {
    NONE,
    GZIP,
    DROP,
    HANG,
    TRUNCATE
  }

  private record Reply(int status, String body, String[] headers, Effect effect) {}

  /**
   * A received request.
   *
   * @param method HTTP method
   * @param uri raw path and query as sent (or the absolute URI when sent to a proxy)
   * @param headers header names in lower case
   * @param body raw body bytes
   * @param clientPort the client's TCP port: equal ports mean a reused connection
   */
  public record Recorded(
      String method, String uri, Map<String, List<String>> headers, byte[] body, int clientPort) {
    /** The first value of a header, or null. */
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return method + " " + uri;
    }
  }
}
