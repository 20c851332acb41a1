package io.github.webex4j;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Builds clients for wire tests: no environment, no real sleeping. */
public final class TestClients {
  /** A token that must never appear in messages or logs. */
  public static final String TOKEN = "tok-SECRET-7f3a9c";

  private TestClients() {}

  /** A builder pointed at the stub with a fixed token, empty environment and recording sleeper. */
  public static WebexClient.Builder builder(StubServer stub, RecordingSleeper sleeper) {
    return WebexClient.builder()
        .accessToken(TOKEN)
        .baseUrl(stub.baseUri())
        .environment(Map.of())
        .systemProperties(Map.of())
        .workingDirectory(Path.of("does-not-exist-" + System.nanoTime()))
        .sleeper(sleeper)
        .clock(sleeper.clock());
  }

  /** A client for the stub that never sleeps for real. */
  public static WebexClient client(StubServer stub) {
    return builder(stub, new RecordingSleeper()).build();
  }

  /**
   * True if {@code wait} is a {@code Retry-After} of {@code seconds} plus the client's random
   * addition: at most a tenth of the wait and at most 1 s ({@code RetryPolicy.retryAfterJitter()}).
   */
  public static boolean isRetryAfterWait(Duration wait, long seconds) {
    Duration base = Duration.ofSeconds(seconds);
    Duration most = base.plusMillis(Math.min(1000, base.toMillis() / 10));
    return wait.compareTo(base) >= 0 && wait.compareTo(most) <= 0;
  }

  /**
   * Records requested waits instead of sleeping, and advances its {@link #clock()} by each wait.
   */
  public static final class RecordingSleeper implements Sleeper {
    private static final Instant START = Instant.parse("2026-11-27T23:00:00Z");
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private volatile Duration slept = Duration.ZERO;

    @Override
    public synchronized void sleep(Duration duration) {
      waits.add(duration);
      slept = slept.plus(duration);
    }

    /** A clock that starts at 2026-11-27T23:00:00Z and moves only when this sleeper "sleeps". */
    public Clock clock() {
      return new Clock() {
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
          return START.plus(slept);
        }
      };
    }

    /** The waits requested so far. */
    public List<Duration> waits() {
      synchronized (waits) {
        return List.copyOf(waits);
      }
    }
  }
}
