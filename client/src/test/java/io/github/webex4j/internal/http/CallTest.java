package io.github.webex4j.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallTest {
  @Test
  void trackingIdsAreRandomVersion4UuidsNumberedPerAttempt() {
    Call call =
        new Call(
            HttpMethod.GET,
            URI.create("https://webexapis.com/v1/rooms"),
            Optional.empty(),
            false,
            Map.of());

    String first = call.nextTrackingId();
    String second = call.nextTrackingId();

    assertThat(first).matches("webex4j_[0-9a-f-]{36}_1");
    assertThat(second).isEqualTo(first.substring(0, first.length() - 1) + "2");
    UUID uuid = UUID.fromString(first.substring("webex4j_".length(), first.length() - 2));
    assertThat(uuid.version()).isEqualTo(4);
    assertThat(uuid.variant()).isEqualTo(2);
  }

  @Test
  void everyCallGetsItsOwnId() {
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      UUID id = Call.randomUuid();
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      ids.add(id);
    }
    assertThat(ids).hasSize(10_000);
  }
}
