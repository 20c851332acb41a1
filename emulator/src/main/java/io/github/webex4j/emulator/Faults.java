package io.github.webex4j.emulator;

import io.github.webex4j.emulator.http.FaultEngine;
import java.time.Duration;
import java.util.List;

/**
 * Fault injection and rate limits for one emulator. Faults apply to requests under {@code /v1}
 * only. Thread-safe. Mirrors {@code /_emulator/faults} and {@code /_emulator/rate-limit}.
 */
public final class Faults {
  private final FaultEngine engine;

  Faults(FaultEngine engine) {
    this.engine = engine;
  }

  /** Schedules {@code fault}. */
  public Faults add(Fault fault) {
    engine.add(fault);
    return this;
  }

  /** The next request (any method and path) answers {@code status}. */
  public Faults next(int status) {
    return add(Fault.status(status));
  }

  /** The next request answers {@code status} with {@code Retry-After} in whole seconds. */
  public Faults next(int status, Duration retryAfter) {
    return add(Fault.status(status).retryAfter(retryAfter));
  }

  /**
   * Limits requests made with {@code token} to {@code perSecond} per second of the emulator clock;
   * more answer 429 with {@code Retry-After: 1}. {@code perSecond <= 0} removes the limit.
   */
  public Faults rateLimit(String token, int perSecond) {
    engine.rateLimit(token, perSecond);
    return this;
  }

  /** Applies {@link #rateLimit(String, int)} to every token, each counted separately. */
  public Faults rateLimitEveryToken(int perSecond) {
    engine.rateLimit(null, perSecond);
    return this;
  }

  /** The faults still pending or active. */
  public List<Fault> active() {
    return engine.active();
  }

  /** Removes every fault and rate limit. */
  public Faults clear() {
    engine.clear();
    return this;
  }
}
