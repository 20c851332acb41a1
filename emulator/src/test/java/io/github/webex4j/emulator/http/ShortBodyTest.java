package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.store.Blob;
import io.github.webex4j.emulator.store.World;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stored file that ends or fails to read after its length was announced cuts the connection: the
 * client sees the body end early instead of waiting for the rest on a kept-alive connection.
 */
class ShortBodyTest {
  private static final String TOKEN = "short-body-admin-token";
  private static final int ANNOUNCED = 200_000;
  private static final int STORED = 70_000;
  private static World world;
  private static EmulatorServer server;

  @BeforeAll
  static void start(@TempDir Path directory) throws IOException {
    world =
        new World(
            Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC),
            UUID::randomUUID,
            TOKEN,
            "admin@example.com");
    Path truncated = world.spill().newFile("short-");
    Files.write(truncated, new byte[STORED]);
    Blob shorter = world.spill().adopt(truncated, 0, ANNOUNCED);
    // A directory opens like a file on Linux, but its first read throws.
    Blob unreadable = world.spill().adopt(directory, 0, ANNOUNCED);
    Router api =
        new Router()
            .get("/shorter", r -> ApiResponse.blob(200, "application/octet-stream", shorter))
            .get("/unreadable", r -> ApiResponse.blob(200, "application/octet-stream", unreadable))
            .get("/ok", r -> ApiResponse.noContent());
    server = LocalServer.start(world, api);
  }

  @AfterAll
  static void stop() {
    server.close();
    world.close();
  }

  /** {@code /shorter}: the file ends early; {@code /unreadable}: its first read throws. */
  @ParameterizedTest
  @ValueSource(strings = {"/shorter", "/unreadable"})
  void aStoredFileCutShortEndsTheConnectionEarly(String path) throws IOException {
    Answer answer = get(path);

    assertThat(answer.head()).startsWith("HTTP/1.1 200").contains("Content-length: " + ANNOUNCED);
    assertThat(answer.bodyBytes()).isLessThan(ANNOUNCED);
    assertThat(get("/ok").head()).startsWith("HTTP/1.1 204");
  }

  /** The answer's status line and headers, and how many bytes followed them. */
  private record Answer(String head, long bodyBytes) {}

  /**
   * Sends a kept-alive GET on a new connection and reads until the server ends the connection (EOF
   * or reset). The read timeout only bounds a regression (a hung connection): it fails the test,
   * and passing runs never wait for it.
   */
  private static Answer get(String path) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /v1"
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + TOKEN
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        head.write(b);
      }
      String headers = head.toString(StandardCharsets.US_ASCII);
      if (headers.startsWith("HTTP/1.1 204")) {
        return new Answer(headers, 0);
      }
      long body = 0;
      byte[] buffer = new byte[64 * 1024];
      try {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          body += n;
        }
      } catch (SocketException reset) {
        // the server closed with the request unread: the body ended all the same
      }
      return new Answer(headers, body);
    }
  }
}
