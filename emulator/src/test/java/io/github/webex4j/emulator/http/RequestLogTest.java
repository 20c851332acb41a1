package io.github.webex4j.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.RecordedRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLogTest {
  @Test
  void keepsTheLatestRequestsWithinTheCountAndCountsTheDropped() {
    RequestLog log = new RequestLog(3, Long.MAX_VALUE);
    for (int i = 1; i <= 5; i++) {
      log.add(request("/v1/r" + i, ""));
    }
    assertThat(log.snapshot())
        .extracting(RecordedRequest::path)
        .containsExactly("/v1/r3", "/v1/r4", "/v1/r5");
    assertThat(log.dropped()).isEqualTo(2);
  }

  @Test
  void keepsTheLatestRequestsWithinTheBytes() {
    RequestLog log = new RequestLog(1000, 10_000);
    for (int i = 1; i <= 20; i++) {
      log.add(request("/v1/r" + i, "x".repeat(2000)));
    }
    // Each entry takes a little over 4,000 bytes (two a character): two fit.
    assertThat(log.snapshot())
        .extracting(RecordedRequest::path)
        .containsExactly("/v1/r19", "/v1/r20");
    assertThat(log.dropped()).isEqualTo(18);
    log.add(request("/v1/huge", "x".repeat(100_000)));
    assertThat(log.snapshot()).extracting(RecordedRequest::path).containsExactly("/v1/huge");
  }

  @Test
  void pagesResumeAfterASequenceNumber() {
    RequestLog log = new RequestLog(3, Long.MAX_VALUE);
    for (int i = 1; i <= 5; i++) {
      log.add(request("/v1/r" + i, ""));
    }
    RequestLog.Page first = log.page(0, 2);
    assertThat(first.entries()).extracting(RequestLog.Entry::sequence).containsExactly(3L, 4L);
    assertThat(first.more()).isTrue();
    RequestLog.Page second = log.page(4, 2);
    assertThat(second.entries()).extracting(RequestLog.Entry::sequence).containsExactly(5L);
    assertThat(second.more()).isFalse();
    assertThat(log.page(5, 2).entries()).isEmpty();
    log.clear();
    log.add(request("/v1/after-clear", ""));
    assertThat(log.page(0, 10).entries())
        .extracting(RequestLog.Entry::sequence)
        .containsExactly(6L);
    assertThat(log.dropped()).isZero();
  }

  private static RecordedRequest request(String path, String body) {
    return new RecordedRequest(
        Instant.EPOCH, "GET", path, "", Map.of("Host", List.of("x")), body, 200, null);
  }
}
