package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.Fault;
import io.github.webex4j.emulator.WebexEmulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Network problems read as one line; retries only with -v; Retry-After waits are shown. */
class NetworkMessagesTest {
  @TempDir Path dir;

  /** What reaches the JVM's own log handlers (the "Dec 06, 2026 ... INFO:" lines on stderr). */
  private final List<LogRecord> jvmLog = new CopyOnWriteArrayList<>();

  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLoggerName() != null && record.getLoggerName().startsWith("io.github")) {
            jvmLog.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    Logger.getLogger("").removeHandler(capture);
  }

  private Cli offline(String baseUrl) {
    return new Cli(dir).env("WEBEX_API_TOKEN", "token-offline-1234").env("WEBEX_BASE_URL", baseUrl);
  }

  @Test
  void aRefusedConnectionIsOneLineWithoutLogLines() {
    Cli.Result result = offline("http://127.0.0.1:1/v1").run("rooms", "list");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.NETWORK);
    assertThat(result.err().lines())
        .containsExactly(
            "webex: GET http://127.0.0.1:1/v1/rooms failed: connection refused by"
                + " 127.0.0.1:1");
    assertThat(jvmLog).isEmpty();
  }

  @Test
  void anUnknownHostSaysSo() {
    Cli.Result result = offline("http://no-such-host.invalid/v1").run("rooms", "list");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.NETWORK);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("unknown host no-such-host.invalid");
    assertThat(jvmLog).isEmpty();
  }

  @Test
  void retriesAreShownOnlyWithVerboseInWords() {
    Cli.Result result = offline("http://127.0.0.1:1/v1").run("rooms", "list", "-v");

    assertThat(result.err()).contains("retrying in").contains("(connection not opened)");
    assertThat(result.err()).doesNotContain("Exception");
    assertThat(jvmLog).isEmpty();
  }

  @Test
  void aRetryAfterWaitIsShownWithoutVerbose() {
    try (WebexEmulator emulator = WebexEmulator.start()) {
      emulator
          .faults()
          .add(
              Fault.status(429)
                  .retryAfter(Duration.ofSeconds(2))
                  .method("GET")
                  .pathPrefix("/rooms")
                  .times(1));

      Cli.Result result =
          Cli.against(emulator, emulator.adminToken(), dir).run("rooms", "list", "-o", "json");

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.err())
          .startsWith("webex: Webex asked to slow down (429); waiting 2")
          .contains("Retry-After");
      assertThat(jvmLog).isEmpty();
    }
  }

  @Test
  void durationsAreWrittenAsPeopleWriteThem() {
    assertThat(DurationOption.human(Duration.ofMillis(150))).isEqualTo("150 ms");
    assertThat(DurationOption.human(Duration.ofMillis(2000))).isEqualTo("2 s");
    assertThat(DurationOption.human(Duration.ofMillis(2140))).isEqualTo("2.1 s");
  }
}
