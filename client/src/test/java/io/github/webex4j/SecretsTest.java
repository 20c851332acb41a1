package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives every error path and asserts the token appears in no exception message, cause, toString()
 * or log line (System.Logger routes to java.util.logging here).
 */
class SecretsTest {
  private static final String TOKEN = TestClients.TOKEN;

  @TempDir Path dir;
  private StubServer stub;
  private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
  private final Logger julLogger = Logger.getLogger("io.github.webex4j");
  private final Handler capture =
      new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          logLines.add(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level previousLevel;

  @BeforeEach
  void start() {
    stub = StubServer.start();
    previousLevel = julLogger.getLevel();
    julLogger.setLevel(Level.ALL);
    julLogger.addHandler(capture);
  }

  @AfterEach
  void stop() {
    julLogger.removeHandler(capture);
    julLogger.setLevel(previousLevel);
    stub.close();
  }

  private WebexClient client() {
    return TestClients.client(stub);
  }

  private static String everything(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    StringBuilder all = new StringBuilder(out.toString());
    for (Throwable c = t; c != null; c = c.getCause()) {
      all.append('\n').append(c).append('\n').append(c.getMessage());
    }
    return all.toString();
  }

  private void assertClean(Throwable thrown) {
    assertThat(thrown).isNotNull();
    assertThat(everything(thrown)).doesNotContain(TOKEN);
  }

  @Test
  void apiErrorsNeverShowTheToken() {
    String echo =
        "{\"message\":\"Bad token "
            + TOKEN
            + "\",\"errors\":[{\"description\":\"Bearer "
            + TOKEN
            + "\"}]}";
    int[] statuses = {400, 401, 403, 404, 409, 410, 500};
    for (int status : statuses) {
      stub.json(status, echo);
      assertClean(catchThrowable(() -> client().teams().get("t1")));
    }
    assertThat(logLines).isNotEmpty();
    assertThat(String.join("\n", logLines)).doesNotContain(TOKEN);
  }

  @Test
  void retriedAndExhaustedErrorsNeverShowTheToken() {
    for (int i = 0; i < 4; i++) {
      stub.json(429, "{\"message\":\"" + TOKEN + "\"}", "Retry-After", "1");
    }
    for (int i = 0; i < 4; i++) {
      stub.json(503, "{\"message\":\"" + TOKEN + "\"}");
    }

    assertClean(catchThrowable(() -> client().teams().get("t1")));
    assertClean(catchThrowable(() -> client().teams().get("t1")));
    assertThat(logLines).anyMatch(line -> line.contains("retrying"));
    assertThat(String.join("\n", logLines)).doesNotContain(TOKEN);
  }

  @Test
  void ioAndTimeoutAndDecodingErrorsNeverShowTheToken() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    WebexClient refused =
        TestClients.builder(stub, new TestClients.RecordingSleeper())
            .baseUrl("http://127.0.0.1:" + port + "/v1")
            .build();
    assertClean(catchThrowable(() -> refused.teams().get("t1")));

    stub.hang();
    WebexClient slow =
        TestClients.builder(stub, new TestClients.RecordingSleeper())
            .requestTimeout(Duration.ofMillis(200))
            .retryPolicy(RetryPolicy.none())
            .build();
    assertClean(catchThrowable(() -> slow.teams().get("t1")));

    stub.close();
    stub = StubServer.start();
    stub.json(200, "{\"broken\": \"" + TOKEN + "\"");
    Throwable decoding = catchThrowable(() -> client().teams().get("t1"));
    assertThat(decoding).isInstanceOf(WebexDecodingException.class);
    assertClean(decoding);
    assertThat(String.join("\n", logLines)).doesNotContain(TOKEN);
  }

  @Test
  void configurationErrorsNeverShowTheToken() throws IOException {
    Files.writeString(dir.resolve(".env"), "# tokens\nWEBEX_API_TOKEN " + TOKEN + "\n");
    Throwable badDotEnv =
        catchThrowable(
            () -> WebexClient.builder().environment(Map.of()).workingDirectory(dir).build());
    assertThat(badDotEnv).isInstanceOf(WebexConfigurationException.class);
    assertThat(badDotEnv.getMessage()).contains("line 2");
    assertClean(badDotEnv);

    Files.writeString(dir.resolve(".env"), "WEBEX_API_TOKEN=\"" + TOKEN + "\n");
    assertClean(
        catchThrowable(
            () -> WebexClient.builder().environment(Map.of()).workingDirectory(dir).build()));
  }
}
