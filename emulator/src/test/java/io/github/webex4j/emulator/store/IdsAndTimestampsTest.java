package io.github.webex4j.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsAndTimestampsTest {

  @Test
  void idsAreUnpaddedUrlSafeBase64OfTheCiscosparkUri() {
    Ids ids = new Ids(() -> UUID.fromString("bbceb1ad-43f1-3b58-9147-f14bb0c4d154"));
    String id = ids.next("ROOM");
    assertThat(id)
        .isEqualTo("Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQtNDNmMS0zYjU4LTkxNDctZjE0YmIwYzRkMTU0");
    assertThat(Ids.localPart(id, "ROOM")).contains("bbceb1ad-43f1-3b58-9147-f14bb0c4d154");
    assertThat(Ids.localPart(id, "TEAM")).isEmpty();
    assertThat(Ids.localPart("not base64!", "ROOM")).isEmpty();
    assertThat(Ids.localPart(null, "ROOM")).isEmpty();
    assertThat(Ids.encode("MEMBERSHIP", "a:b")).doesNotContain("=", "+", "/");
  }

  @Test
  void timestampsStrictlyIncreaseUnderAFixedClock() {
    Clock fixed = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);
    Timestamps timestamps = new Timestamps(fixed);
    Instant a = timestamps.next();
    Instant b = timestamps.next();
    assertThat(Timestamps.format(a)).isEqualTo("2026-01-02T03:04:05.678Z");
    assertThat(Timestamps.format(b)).isEqualTo("2026-01-02T03:04:05.679Z");
    assertThat(timestamps.now()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
    assertThat(Timestamps.format(Instant.parse("2026-01-02T03:04:05Z")))
        .isEqualTo("2026-01-02T03:04:05.000Z");
  }
}
