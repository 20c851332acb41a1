package io.github.webex4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.TestClients.RecordingSleeper;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client logs to the {@code System.Logger} given to its builder, and only there. */
class ClientLoggerTest {
  private static final String TEAM = "{\"id\":\"t1\",\"name\":\"Alpha\"}";

  private StubServer stub;
  private final List<String> julLines = Collections.synchronizedList(new ArrayList<>());
  private final Logger jul = Logger.getLogger("io.github.webex4j");
  private final Handler julCapture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          julLines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private java.util.logging.Level previousLevel;

  @BeforeEach
  void start() {
    stub = StubServer.start();
    previousLevel = jul.getLevel();
    jul.setLevel(java.util.logging.Level.ALL);
    jul.addHandler(julCapture);
  }

  @AfterEach
  void stop() {
    jul.removeHandler(julCapture);
    jul.setLevel(previousLevel);
    stub.close();
  }

  @Test
  void requestsAndRetryWaitsGoToTheGivenLoggerWithoutTheToken() {
    CapturingLogger log = new CapturingLogger(Level.DEBUG);
    stub.json(429, "{\"message\":\"slow down\"}", "Retry-After", "2").json(200, TEAM);
    WebexClient client = TestClients.builder(stub, new RecordingSleeper()).logger(log).build();

    client.teams().get("t1");

    assertThat(log.lines)
        .hasSize(3)
        .anySatisfy(line -> assertThat(line).startsWith("DEBUG GET ").contains("-> 429"))
        .anySatisfy(line -> assertThat(line).startsWith("INFO ").contains(": 429, retrying in"))
        .anySatisfy(line -> assertThat(line).startsWith("DEBUG GET ").contains("-> 200"));
    assertThat(String.join("\n", log.lines)).doesNotContain(TestClients.TOKEN);
    assertThat(julLines).isEmpty();
  }

  @Test
  void aFailingBulkProgressListenerIsReportedToTheGivenLogger() {
    CapturingLogger log = new CapturingLogger(Level.WARNING);
    stub.json(200, TEAM);
    WebexClient client = TestClients.builder(stub, new RecordingSleeper()).logger(log).build();

    client
        .bulk()
        .maxConcurrency(1)
        .onProgress(
            progress -> {
              throw new IllegalStateException("listener broke");
            })
        .run(List.of("t1"), (webex, id) -> webex.teams().get(id));

    assertThat(log.lines).contains("WARNING bulk progress listener failed");
    assertThat(julLines).isEmpty();
  }

  @Test
  void levelsTheLoggerDoesNotWantAreNotFormatted() {
    CapturingLogger log = new CapturingLogger(Level.INFO);
    stub.json(200, TEAM);
    WebexClient client = TestClients.builder(stub, new RecordingSleeper()).logger(log).build();

    client.teams().get("t1");

    assertThat(log.lines).isEmpty();
    assertThat(log.asked).contains(Level.DEBUG);
  }

  @Test
  void withoutALoggerTheClientLogsToTheSystemLoggerNamedIoGithubWebex4j() {
    stub.json(200, TEAM);

    TestClients.client(stub).teams().get("t1");

    assertThat(julLines).singleElement().asString().startsWith("GET ").contains("-> 200");
  }

  /** Keeps each line it is given at or above its level, as {@code "LEVEL message"}. */
  private static final class CapturingLogger implements System.Logger {
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final List<Level> asked = Collections.synchronizedList(new ArrayList<>());
    private final Level threshold;

    CapturingLogger(Level threshold) {
      this.threshold = threshold;
    }

    @Override
    public String getName() {
      return "capture";
    }

    @Override
    public boolean isLoggable(Level level) {
      asked.add(level);
      return level.getSeverity() >= threshold.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      lines.add(level.getName() + " " + msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      lines.add(level.getName() + " " + format);
    }
  }
}
