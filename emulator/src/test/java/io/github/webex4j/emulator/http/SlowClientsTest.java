package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.store.World;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Slow clients (headers byte by byte, stalled bodies, answers never read) are cut off by the
 * deadlines, and cannot keep other clients from being answered; a stalled body gets a 408 first.
 */
class SlowClientsTest {
  private static final String TOKEN = "slow-clients-admin-token";
  private static final int BIG = 32 * 1024 * 1024;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final List<Socket> sockets = new ArrayList<>();
  private World world;
  private EmulatorServer server;

  private void start(int threads, int queue, Duration timeout) throws IOException {
    start(threads, queue, timeout, timeout);
  }

  private void start(int threads, int queue, Duration headerTimeout, Duration bodyTimeout)
      throws IOException {
    world = new World(Clock.systemUTC(), UUID::randomUUID, TOKEN, "admin@example.com");
    Router api =
        new Router()
            .get("/ok", r -> ApiResponse.noContent())
            .post("/ok", r -> ApiResponse.noContent())
            .get("/big", r -> ApiResponse.bytes(200, "application/octet-stream", new byte[BIG]));
    Settings settings =
        new Settings(1024 * 1024, 1024 * 1024, threads, false, 1, Duration.ofMillis(1), 1);
    server =
        LocalServer.start(
            world, api, settings, new ServerLimits(headerTimeout, bodyTimeout, queue));
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    server.close();
    world.close();
  }

  @Test
  void slowHeadersAreClosedAndStalledBodiesAnswered408WhileOthersAreAnswered() throws Exception {
    start(12, 0, Duration.ofMillis(300));
    List<Socket> slowHeaders = new ArrayList<>();
    List<Socket> slowBodies = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      // An unfinished header line: the JDK reads headers on the request thread.
      slowHeaders.add(open("GET /v1/ok HTTP/1.1\r\nHost: x\r\nX-Slow: a"));
      slowBodies.add(
          open(
              "POST /v1/ok HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                  + TOKEN
                  + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"a\":"));
    }
    assertThat(get("/v1/ok").statusCode()).isEqualTo(204);

    for (Socket socket : slowHeaders) {
      assertThat(readToEnd(socket)).as("slow headers: closed without an answer").isEmpty();
    }
    for (Socket socket : slowBodies) {
      assertThat(readToEnd(socket))
          .as("stalled body: a Webex-style 408, then the close")
          .startsWith("HTTP/1.1 408")
          .containsIgnoringCase("Connection: close")
          .contains("\"message\":\"The request body was not received in time.\"", "\"trackingId\"");
    }
    awaitValue(server::busyThreads, 0);
    assertThat(get("/v1/ok").statusCode()).isEqualTo(204);
  }

  @Test
  void aClientThatDoesNotReadItsAnswerIsCutOff() throws Exception {
    // Only the answer is timed tightly: a slow start (a loaded machine) must not cut the exchange
    // off before its answer begins.
    start(2, 0, Duration.ofSeconds(30), Duration.ofMillis(300));
    Socket reader =
        open("GET /v1/big HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN + "\r\n\r\n");
    // Not reading until the exchange's thread is done: it is, once the stalled write is cut off
    // (the client would otherwise read the whole answer, then wait on a kept-alive connection).
    awaitValue(server::busyThreads, 1);
    awaitValue(server::busyThreads, 0);

    int received = 0;
    try (InputStream in = reader.getInputStream()) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        received += n;
      }
    } catch (SocketException reset) {
      // the server closed with the rest unsent
    }
    assertThat(received).isPositive().isLessThan(BIG);
    assertThat(get("/v1/ok").statusCode()).isEqualTo(204);
  }

  @Test
  void aFullPoolAnswers503WithRetryAfterAtOnce() throws Exception {
    start(1, 0, Duration.ofSeconds(30));
    Socket slow = open("GET /v1/ok HTTP/1.1\r\nHost: x\r\nX-Slow: a");
    awaitValue(server::busyThreads, 1);

    HttpResponse<String> busy = get("/v1/ok");

    assertThat(busy.statusCode()).isEqualTo(503);
    assertThat(busy.headers().firstValue("Retry-After")).contains("1");
    assertThat(busy.body()).contains("\"trackingId\"", "too many requests at once");
    leave(slow);
    awaitValue(server::freePermits, 1);
    assertThat(get("/v1/ok").statusCode()).isEqualTo(204);
  }

  @Test
  void aKeepAliveClientsNextRequestFindsTheThreadFree() throws Exception {
    start(1, 0, Duration.ofSeconds(30));
    Socket client = open("");
    for (int i = 0; i < 500; i++) {
      client
          .getOutputStream()
          .write(
              ("GET /v1/ok HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN + "\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      assertThat(readHead(client.getInputStream())).as("request %d", i).startsWith("HTTP/1.1 204");
    }
  }

  @Test
  void whenTheRefusingThreadsAreTakenTooTheConnectionIsClosedUnread() throws Exception {
    start(1, 0, Duration.ofSeconds(30));
    Socket slow = open("GET /v1/ok HTTP/1.1\r\nHost: x\r\nX-Slow: a");
    awaitValue(server::busyThreads, 1);
    List<Socket> refused =
        List.of(
            open("GET /v1/ok HTTP/1.1\r\nHost: x\r\nX-Slow: a"),
            open("GET /v1/ok HTTP/1.1\r\nHost: x\r\nX-Slow: a"));
    awaitValue(server::refusingThreads, 2);

    Socket closed =
        open("GET /v1/ok HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN + "\r\n\r\n");

    assertThat(readToEnd(closed)).isEmpty();
    leave(slow);
    for (Socket socket : refused) {
      socket.close();
    }
    awaitValue(server::freePermits, 1);
    awaitValue(server::refusingThreads, 0);
    assertThat(get("/v1/ok").statusCode()).isEqualTo(204);
  }

  private Socket open(String bytes) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
    sockets.add(socket);
    socket.setSoTimeout(10_000);
    socket.setReceiveBufferSize(64 * 1024);
    socket.getOutputStream().write(bytes.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
    return socket;
  }

  /**
   * The client stops sending and waits for the server to close. The JDK server serves what it read
   * of the cut-off headers and keeps the connection, then reads its end on a request thread (a
   * second admission) and closes it: only then is the server done with the connection.
   */
  private static void leave(Socket socket) throws IOException {
    socket.shutdownOutput();
    readToEnd(socket);
  }

  /** The status line and headers of one answer without a body. */
  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (head.indexOf("\r\n\r\n") < 0) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      head.append((char) c);
    }
    return head.toString();
  }

  /** Everything the server sends until it closes (a reset counts as closed). */
  private static String readToEnd(Socket socket) throws IOException {
    try {
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (SocketException reset) {
      return "";
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header("Authorization", "Bearer " + TOKEN)
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Spins (no sleeping) until {@code value} reads {@code expected}; fails after 10 s. */
  private static void awaitValue(IntSupplier value, int expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (value.getAsInt() != expected) {
      assertThat(System.nanoTime() - deadline).as("waiting for %d", expected).isNegative();
      Thread.onSpinWait();
    }
  }
}
