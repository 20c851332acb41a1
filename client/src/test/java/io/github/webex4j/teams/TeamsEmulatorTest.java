package io.github.webex4j.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.ServerException;
import io.github.webex4j.TestClients;
import io.github.webex4j.TestClients.RecordingSleeper;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour of the Teams template against the in-process emulator. */
class TeamsEmulatorTest {
  private WebexEmulator emulator;
  private RecordingSleeper sleeper;
  private WebexClient webex;

  @BeforeEach
  void start() {
    emulator = WebexEmulator.start();
    EmulatedPerson ana = emulator.createPerson("ana@example.com", "Ana");
    sleeper = new RecordingSleeper();
    webex =
        WebexClient.builder()
            .accessToken(ana.token())
            .baseUrl(emulator.baseUri())
            .environment(Map.of())
            .sleeper(sleeper)
            .clock(sleeper.clock())
            .build();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void createGetUpdateDelete() {
    Team created =
        webex
            .teams()
            .create(TeamCreateParams.builder().name("Project Alpha").description("Alpha").build());

    assertThat(created.id()).isNotBlank();
    assertThat(created.name()).isEqualTo("Project Alpha");
    assertThat(created.description()).isEqualTo("Alpha");
    assertThat(created.created()).isNotNull();
    assertThat(webex.teams().get(created.id())).isEqualTo(created);

    Team renamed = webex.teams().update(created.id(), TeamUpdateParams.of("Project Beta"));
    assertThat(renamed.name()).isEqualTo("Project Beta");
    assertThat(webex.teams().get(created.id()).name()).isEqualTo("Project Beta");

    webex.teams().delete(created.id());
    assertThatThrownBy(() -> webex.teams().get(created.id()))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).trackingId()).isNotBlank());
  }

  @Test
  void listsAcrossPagesWithPageSize() {
    for (int i = 1; i <= 5; i++) {
      webex.teams().create(TeamCreateParams.of("Team " + i));
    }

    Page<Team> first = webex.teams().list(TeamListParams.builder().pageSize(2).build());
    List<String> names =
        first.autoPager().stream().map(Team::name).sorted().collect(Collectors.toList());

    assertThat(first.items()).hasSize(2);
    assertThat(first.hasNextPage()).isTrue();
    assertThat(names).containsExactly("Team 1", "Team 2", "Team 3", "Team 4", "Team 5");
  }

  @Test
  void retriesInjectedRateLimitAndGatewayErrorsPerMethod() {
    emulator.faults().next(429, Duration.ofSeconds(2));
    assertThat(webex.teams().list().items()).isEmpty();
    assertThat(sleeper.waits()).singleElement().matches(w -> TestClients.isRetryAfterWait(w, 2));

    emulator.faults().next(503);
    assertThat(webex.teams().list().items()).isEmpty();
    assertThat(sleeper.waits()).hasSize(2);

    emulator.faults().next(502);
    assertThatThrownBy(() -> webex.teams().create(TeamCreateParams.of("Not retried")))
        .isInstanceOf(ServerException.class);
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(webex.teams().list().items()).isEmpty();
  }
}
