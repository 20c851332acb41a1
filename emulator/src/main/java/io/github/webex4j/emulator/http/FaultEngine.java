package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.Fault;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;

/** Active faults and per-token rate limits. Thread-safe (all methods synchronized). */
public final class FaultEngine {
  /** A token bucket: {@code capacity} requests, refilled at {@code capacity} per second. */
  private static final class Bucket {
    private final int capacity;
    private double tokens;
    private long lastMillis;

    Bucket(int capacity, long nowMillis) {
      this.capacity = capacity;
      this.tokens = capacity;
      this.lastMillis = nowMillis;
    }

    /** Takes one token; the whole seconds to wait (at least 1) when none is left. */
    OptionalLong take(long nowMillis) {
      if (nowMillis > lastMillis) {
        tokens = Math.min(capacity, tokens + (nowMillis - lastMillis) * capacity / 1000.0);
        lastMillis = nowMillis;
      }
      if (tokens >= 1) {
        tokens -= 1;
        return OptionalLong.empty();
      }
      double waitMillis = (1 - tokens) * 1000.0 / capacity;
      return OptionalLong.of(Math.max(1, (long) Math.ceil(waitMillis / 1000.0)));
    }
  }

  private final List<Fault> faults = new ArrayList<>();
  private final Map<String, Integer> limitByToken = new HashMap<>();
  private final Map<String, Bucket> buckets = new HashMap<>();
  private final Random random;
  private final Clock clock;
  private Integer limitForAll;

  /** Creates an engine drawing fractions from a random source seeded with {@code seed}. */
  public FaultEngine(long seed, Clock clock) {
    this.random = new Random(seed);
    this.clock = clock;
  }

  /** Schedules {@code fault}. */
  public synchronized void add(Fault fault) {
    faults.add(fault);
  }

  /** Removes every fault and rate limit. */
  public synchronized void clear() {
    faults.clear();
    limitByToken.clear();
    buckets.clear();
    limitForAll = null;
  }

  /** The faults still active. */
  public synchronized List<Fault> active() {
    return List.copyOf(faults);
  }

  /** The first fault that fires for this request, consuming one use of a counted fault. */
  public synchronized Optional<Fault> take(String method, String path) {
    for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
      Fault fault = it.next();
      if (!fault.matches(method, path)) {
        continue;
      }
      if (fault.fraction() > 0) {
        if (random.nextDouble() < fault.fraction()) {
          return Optional.of(fault);
        }
        continue;
      }
      int index = faults.indexOf(fault);
      if (fault.times() <= 1) {
        it.remove();
      } else {
        faults.set(index, fault.times(fault.times() - 1));
      }
      return Optional.of(fault);
    }
    return Optional.empty();
  }

  /**
   * Limits {@code token} to {@code perSecond} requests per second of the clock (a token bucket
   * holding {@code perSecond} requests, refilled continuously); a null token applies the limit to
   * every token separately. {@code perSecond <= 0} removes the limit.
   */
  public synchronized void rateLimit(String token, int perSecond) {
    if (token == null) {
      limitForAll = perSecond > 0 ? perSecond : null;
      buckets.clear();
    } else {
      if (perSecond > 0) {
        limitByToken.put(token, perSecond);
      } else {
        limitByToken.remove(token);
      }
      buckets.remove(token);
    }
  }

  /**
   * Counts a request by {@code token} (null for none); the {@code Retry-After} seconds when it is
   * over its limit.
   */
  public synchronized OptionalLong overLimit(String token) {
    Integer limit = limitByToken.getOrDefault(token, limitForAll);
    if (limit == null) {
      return OptionalLong.empty();
    }
    long now = clock.millis();
    Bucket bucket = buckets.get(token);
    if (bucket == null || bucket.capacity != limit) {
      bucket = new Bucket(limit, now);
      buckets.put(token, bucket);
    }
    return bucket.take(now);
  }
}
