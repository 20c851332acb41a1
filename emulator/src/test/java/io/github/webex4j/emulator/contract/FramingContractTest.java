package io.github.webex4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.WebexEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Too-large bodies get a readable 413 before they are read; broken framing gets a 400. */
class FramingContractTest {
  private static final int FIFTY_MB = 50 * 1024 * 1024;
  private static WebexEmulator emu;

  @BeforeAll
  static void start() {
    emu = WebexEmulator.builder().maxUploadBytes(1024 * 1024).start();
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  @Test
  void a413IsAnsweredBeforeAnyByteOfTheBodyIsSent() throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emu.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              head(
                      "POST /v1/rooms",
                      "Content-Type: application/json\r\nContent-Length: " + FIFTY_MB)
                  .getBytes(StandardCharsets.ISO_8859_1));
      String answer = readHead(socket.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("Connection: close");
    }
  }

  @Test
  void fiftyMegabytesGetAReadable413OverHttpUrlConnection() throws IOException {
    for (String path : new String[] {"/v1/rooms", "/v1/messages"}) {
      HttpURLConnection connection =
          (HttpURLConnection)
              URI.create(emu.baseUri() + path.substring(3)).toURL().openConnection();
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Authorization", "Bearer " + emu.adminToken());
      connection.setRequestProperty(
          "Content-Type",
          path.endsWith("messages") ? "multipart/form-data; boundary=b" : "application/json");
      connection.setFixedLengthStreamingMode(FIFTY_MB);
      try (OutputStream out = connection.getOutputStream()) {
        byte[] chunk = new byte[1024 * 1024];
        for (int i = 0; i < 50; i++) {
          out.write(chunk);
        }
      }
      assertThat(connection.getResponseCode()).as(path).isEqualTo(413);
      try (InputStream error = connection.getErrorStream()) {
        assertThat(new String(error.readAllBytes(), StandardCharsets.UTF_8))
            .contains("too big", "\"trackingId\"");
      }
    }
  }

  @Test
  void fiftyMegabytesGetAReadable413OverTheJdkClient() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(emu.baseUri() + "/rooms"))
                .header("Authorization", "Bearer " + emu.adminToken())
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[FIFTY_MB]))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("too big");
  }

  @Test
  void aBodyShorterThanItsContentLengthGets400() {
    String answer =
        RawHttp.exchange(
            emu.port(),
            (head("POST /v1/rooms", "Content-Type: application/json\r\nContent-Length: 100")
                    + "{\"title\":")
                .getBytes(StandardCharsets.ISO_8859_1));
    assertWebex400(answer, "shorter than its Content-Length");
  }

  @Test
  void malformedChunksGet400() {
    String[] bodies = {
      "zz\r\nabc\r\n0\r\n\r\n", // not a hex size
      "3\r\nabcdef\r\n0\r\n\r\n", // no CRLF after the chunk
      "5\r\nab", // cut short
    };
    for (String body : bodies) {
      String answer =
          RawHttp.exchange(
              emu.port(),
              (head(
                          "POST /v1/rooms",
                          "Content-Type: application/json\r\nTransfer-Encoding: chunked")
                      + body)
                  .getBytes(StandardCharsets.ISO_8859_1));
      assertWebex400(answer, "chunks are malformed");
    }
  }

  /**
   * The JDK server rejects bad framing headers itself, before the emulator sees the request: 400
   * (with an HTML body) or 501. Documented, not changed.
   */
  @Test
  void theJdkServerRejectsBadFramingHeaders() {
    assertThat(status("Content-Length: abc")).isEqualTo(400);
    assertThat(status("Content-Length: -5")).isEqualTo(400);
    assertThat(status("Content-Length: 99999999999999999999999")).isEqualTo(400);
    assertThat(status("Content-Length: 2\r\nContent-Length: 2")).isEqualTo(400);
    assertThat(status("Content-Length: 2\r\nTransfer-Encoding: chunked")).isEqualTo(400);
    assertThat(status("Transfer-Encoding: gzip")).isEqualTo(501);
  }

  private static int status(String framing) {
    return RawHttp.send(
        emu.port(), (head("POST /v1/rooms", framing) + "{}").getBytes(StandardCharsets.ISO_8859_1));
  }

  private static void assertWebex400(String answer, String message) {
    assertThat(answer).startsWith("HTTP/1.1 400").contains(message, "\"trackingId\"");
  }

  private static String head(String requestLine, String framing) {
    return requestLine
        + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + emu.adminToken()
        + "\r\n"
        + framing
        + "\r\n\r\n";
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b == -1) {
        break;
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }
}
