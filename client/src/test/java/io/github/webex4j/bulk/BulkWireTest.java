package io.github.webex4j.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.StubServer;
import io.github.webex4j.TestClients;
import io.github.webex4j.TestClients.RecordingSleeper;
import io.github.webex4j.WebexClient;
import io.github.webex4j.teams.Team;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bulk runs through the real transport: a 429 reaches the run instead of being waited out. */
class BulkWireTest {
  private final StubServer stub = StubServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final WebexClient webex = TestClients.builder(stub, sleeper).build();

  @AfterEach
  void close() {
    stub.close();
  }

  @Test
  void a429IsPausedOnceByTheRunAndTheItemRetriedWithTheSameClientSettings() {
    stub.json(429, "{\"message\":\"Too many requests\"}", "Retry-After", "2")
        .json(200, "{\"id\":\"t1\",\"name\":\"Alpha\"}");

    BulkResult<String, Team> result =
        webex.bulk().maxConcurrency(1).run(List.of("t1"), (client, id) -> client.teams().get(id));

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.items().get(0).value().name()).isEqualTo("Alpha");
    assertThat(result.items().get(0).attempts()).isEqualTo(2);
    assertThat(result.rateLimited()).isEqualTo(1);
    // Only the run's shared pause: the transport threw the 429 instead of sleeping itself.
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    assertThat(stub.requests())
        .hasSize(2)
        .allSatisfy(
            r -> {
              assertThat(r.uri()).isEqualTo("/v1/teams/t1");
              assertThat(r.header("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
            });
  }

  @Test
  void theClientItselfStillWaitsOn429OutsideBulkRuns() {
    stub.json(429, "{\"message\":\"Too many requests\"}", "Retry-After", "2")
        .json(200, "{\"id\":\"t1\",\"name\":\"Alpha\"}");

    assertThat(webex.teams().get("t1").name()).isEqualTo("Alpha");
    assertThat(sleeper.waits()).singleElement().matches(w -> TestClients.isRetryAfterWait(w, 2));
  }

  @Test
  void aBulkRunnerDescribesItsSettingsWithoutTheToken() {
    assertThat(webex.bulk().requestsPerSecond(5).toString())
        .contains("requestsPerSecond=5.0")
        .doesNotContain(TestClients.TOKEN);
  }
}
