package io.github.webex4j.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.RecordedRequest;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.memberships.Membership;
import io.github.webex4j.memberships.MembershipCreateParams;
import io.github.webex4j.memberships.MembershipListParams;
import io.github.webex4j.rooms.RoomCreateParams;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Membership adds against the in-process emulator with its per-token rate limit, the emulator and
 * the client sharing one virtual clock: real 429 responses, no duplicates.
 */
class BulkEmulatorTest {
  private final VirtualTime time = new VirtualTime().expectWorkers(4);
  private WebexEmulator emulator;
  private EmulatedPerson owner;
  private WebexClient webex;
  private final List<String> people = new ArrayList<>();

  @BeforeEach
  void start() {
    emulator = WebexEmulator.builder().clock(time.clock()).start();
    owner = emulator.createPerson("owner@example.com", "Owner");
    for (int i = 0; i < 30; i++) {
      people.add(emulator.createPerson("member" + i + "@example.com", "Member " + i).id());
    }
    webex =
        WebexClient.builder()
            .accessToken(owner.token())
            .baseUrl(emulator.baseUri())
            .environment(Map.of())
            .systemProperties(Map.of())
            .workingDirectory(Path.of("does-not-exist-" + System.nanoTime()))
            .sleeper(time)
            .clock(time.clock())
            .build();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private BulkResult<String, Membership> addAll(Bulk bulk, String roomId) {
    return bulk.run(
        people,
        (client, personId) ->
            client.memberships().create(MembershipCreateParams.byPersonId(roomId, personId)));
  }

  private Map<String, Long> membersOf(String roomId) {
    return webex
        .memberships()
        .list(MembershipListParams.builder().roomId(roomId).pageSize(100).build())
        .autoPager()
        .stream()
        .collect(Collectors.groupingBy(Membership::personId, Collectors.counting()));
  }

  private long answered429() {
    return emulator.requests().stream().filter(r -> r.status() == 429).count();
  }

  @Test
  void withoutCeilingThe429sOfTheEmulatorAreAbsorbedAndEveryoneIsAddedOnce() {
    String roomId = webex.rooms().create(RoomCreateParams.of("Bulk")).id();
    emulator.faults().rateLimit(owner.token(), 10);

    BulkResult<String, Membership> result =
        addAll(webex.bulk().maxConcurrency(4).maxRateLimitRetries(30), roomId);
    emulator.faults().clear();

    assertThat(result.failures()).isEmpty();
    assertThat(result.rateLimited()).isPositive().isEqualTo(answered429());
    Map<String, Long> members = membersOf(roomId);
    assertThat(members)
        .containsAllEntriesOf(
            people.stream().collect(Collectors.toMap(Function.identity(), id -> 1L)));
    assertThat(members).hasSize(people.size() + 1); // and the owner
    // The emulator's bucket holds 10 and refills at 10/s: 30 adds need at least 2 s.
    assertThat(result.elapsed()).isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(2));
  }

  @Test
  void aCeilingBelowTheEmulatorsLimitGetsNo429() {
    String roomId = webex.rooms().create(RoomCreateParams.of("Paced")).id();
    emulator.faults().rateLimit(owner.token(), 10);

    BulkResult<String, Membership> result =
        addAll(webex.bulk().maxConcurrency(4).requestsPerSecond(9), roomId);
    emulator.faults().clear();

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.rateLimited()).isZero();
    assertThat(emulator.requests()).extracting(RecordedRequest::status).doesNotContain(429);
    assertThat(membersOf(roomId)).hasSize(people.size() + 1);
  }
}
