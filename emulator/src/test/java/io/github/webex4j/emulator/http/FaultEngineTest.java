package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.Fault;
import io.github.webex4j.emulator.contract.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FaultEngineTest {
  @Test
  void tokenBucketAllowsABurstThenRefillsContinuously() {
    MutableClock clock = new MutableClock(Instant.ofEpochMilli(1_000_000));
    FaultEngine engine = new FaultEngine(1, clock);
    engine.rateLimit("t", 4);
    for (int i = 0; i < 4; i++) {
      assertThat(engine.overLimit("t")).isEmpty();
    }
    assertThat(engine.overLimit("t")).isEqualTo(OptionalLong.of(1));
    clock.advance(Duration.ofMillis(250));
    assertThat(engine.overLimit("t")).as("one request refilled after 1/4 s").isEmpty();
    assertThat(engine.overLimit("t")).isPresent();
    assertThat(engine.overLimit("other")).as("other tokens are not limited").isEmpty();
    engine.rateLimit(null, 1);
    assertThat(engine.overLimit("other")).isEmpty();
    assertThat(engine.overLimit("other")).isPresent();
    engine.rateLimit("t", 0);
    engine.rateLimit(null, 0);
    assertThat(engine.overLimit("t")).isEmpty();
  }

  @Test
  void countedFaultsAreConsumedInOrderAndMatchMethodAndPrefix() {
    FaultEngine engine = new FaultEngine(1, Clock.systemUTC());
    engine.add(Fault.status(503).method("get").pathPrefix("/rooms").times(2));
    engine.add(Fault.dropConnection());
    assertThat(engine.take("POST", "/v1/rooms").orElseThrow().kind())
        .isEqualTo(Fault.Kind.DROP_CONNECTION);
    assertThat(engine.take("GET", "/v1/rooms/x").orElseThrow().status()).isEqualTo(503);
    assertThat(engine.active().get(0).times()).isEqualTo(1);
    assertThat(engine.take("GET", "/v1/roomsX").orElseThrow().status()).isEqualTo(503);
    assertThat(engine.take("GET", "/v1/rooms")).isEmpty();
    engine.add(Fault.malformedBody().fraction(1));
    assertThat(engine.take("GET", "/v1/a")).isPresent();
    assertThat(engine.take("GET", "/v1/a")).as("fraction faults stay").isPresent();
    engine.clear();
    assertThat(engine.active()).isEmpty();
  }
}
