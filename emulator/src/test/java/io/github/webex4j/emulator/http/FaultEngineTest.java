package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.Fault;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FaultEngineTest {
  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private long millis = 1_000_000;

    void advance(long ms) {
      millis += ms;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }
  }

  @Test
  void tokenBucketAllowsABurstThenRefillsContinuously() {
    ManualClock clock = new ManualClock();
    FaultEngine engine = new FaultEngine(1, clock);
    engine.rateLimit("t", 4);
    for (int i = 0; i < 4; i++) {
      assertThat(engine.overLimit("t")).isEmpty();
    }
    assertThat(engine.overLimit("t")).isEqualTo(OptionalLong.of(1));
    clock.advance(250);
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
