package io.github.webex4j.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A scripted failure: what happens ({@link Kind}), to which requests (method and path prefix; both
 * optional) and how often (the next {@code times} matching requests, or each matching request with
 * probability {@code fraction}). Immutable; the {@code with}-style methods return copies.
 *
 * <pre>{@code
 * emu.faults().add(Fault.status(503).method("GET").pathPrefix("/rooms").times(2));
 * emu.faults().add(Fault.dropConnection().fraction(0.1));
 * }</pre>
 */
public final class Fault {
  /** What the fault does. */
  public enum Kind {
    /** Answer {@link #status()} with a Webex error body (and {@code Retry-After} when set). */
    STATUS,
    /** Wait {@link #delay()}, then answer normally. */
    DELAY,
    /** Close the connection without answering. */
    DROP_CONNECTION,
    /** Answer {@link #status()} (200 by default) with a truncated, unparseable JSON body. */
    MALFORMED_BODY
  }

  private final Kind kind;
  private final int status;
  private final Duration retryAfter;
  private final Duration delay;
  private final String method;
  private final String pathPrefix;
  private final int times;
  private final double fraction;
  private final boolean after;

  private Fault(
      Kind kind,
      int status,
      Duration retryAfter,
      Duration delay,
      String method,
      String pathPrefix,
      int times,
      double fraction,
      boolean after) {
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
    this.delay = delay;
    this.method = method;
    this.pathPrefix = pathPrefix;
    this.times = times;
    this.fraction = fraction;
    this.after = after;
  }

  /** Answer {@code status} (400-599) once. */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400-599: " + status);
    }
    return new Fault(Kind.STATUS, status, null, Duration.ZERO, null, "", 1, 0, false);
  }

  /** Delay the next matching request by {@code delay}, then answer normally. */
  public static Fault delay(Duration delay) {
    if (delay.isNegative() || delay.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException("delay must be 0-5 minutes: " + delay);
    }
    return new Fault(Kind.DELAY, 200, null, delay, null, "", 1, 0, false);
  }

  /** Close the connection without an answer. */
  public static Fault dropConnection() {
    return new Fault(Kind.DROP_CONNECTION, 0, null, Duration.ZERO, null, "", 1, 0, false);
  }

  /** Answer 200 with a malformed JSON body. */
  public static Fault malformedBody() {
    return new Fault(Kind.MALFORMED_BODY, 200, null, Duration.ZERO, null, "", 1, 0, false);
  }

  /** Adds a {@code Retry-After} header (whole seconds) to a status fault. */
  public Fault retryAfter(Duration retryAfter) {
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
    return new Fault(kind, status, retryAfter, delay, method, pathPrefix, times, fraction, after);
  }

  /** Matches only {@code method} (any case); null matches every method. */
  public Fault method(String method) {
    return new Fault(
        kind,
        status,
        retryAfter,
        delay,
        method == null ? null : method.toUpperCase(Locale.ROOT),
        pathPrefix,
        times,
        fraction,
        after);
  }

  /**
   * Matches only paths starting with {@code prefix}, relative to the API root ({@code /rooms}) or
   * absolute ({@code /v1/rooms}).
   */
  public Fault pathPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    String normalized = prefix.startsWith("/v1") || prefix.isEmpty() ? prefix : "/v1" + prefix;
    return new Fault(kind, status, retryAfter, delay, method, normalized, times, fraction, after);
  }

  /** Applies to the next {@code n} matching requests (default 1). */
  public Fault times(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + n);
    }
    return new Fault(kind, status, retryAfter, delay, method, pathPrefix, n, 0, after);
  }

  /**
   * Applies to each matching request with probability {@code fraction} (0 exclusive to 1 inclusive)
   * until cleared; draws come from the emulator's seeded random source.
   */
  public Fault fraction(double fraction) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1]: " + fraction);
    }
    return new Fault(kind, status, retryAfter, delay, method, pathPrefix, 0, fraction, after);
  }

  /**
   * Makes the fault fire after the emulator has handled the request: the request takes full effect
   * (a message is posted, a webhook fires), then the client gets the scripted status, dropped
   * connection or malformed body instead of the real answer (a delay waits after handling, then
   * sends the real answer). Lets tests prove exactly-once behaviour of retries without a proxy. The
   * request log records the status the client saw (0 for a dropped connection).
   */
  public Fault after() {
    return new Fault(kind, status, retryAfter, delay, method, pathPrefix, times, fraction, true);
  }

  /** Sets the status answered by a malformed-body fault. */
  public Fault withStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100-599: " + status);
    }
    return new Fault(kind, status, retryAfter, delay, method, pathPrefix, times, fraction, after);
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return status;
  }

  /** The {@code Retry-After} to send, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }

  public Duration delay() {
    return delay;
  }

  /** The matched method, or null for any. */
  public String method() {
    return method;
  }

  /** The matched absolute path prefix ({@code /v1/...}); empty matches every path. */
  public String pathPrefix() {
    return pathPrefix;
  }

  /** True when the fault fires after the request was handled ({@link #after()}). */
  public boolean isAfter() {
    return after;
  }

  /** How many matching requests remain, or 0 for a fraction fault. */
  public int times() {
    return times;
  }

  /** The probability, or 0 for a counted fault. */
  public double fraction() {
    return fraction;
  }

  /** True when {@code method} and absolute {@code path} are targeted by this fault. */
  public boolean matches(String method, String path) {
    return (this.method == null || this.method.equals(method)) && path.startsWith(pathPrefix);
  }

  @Override
  public String toString() {
    return "Fault["
        + kind
        + (kind == Kind.STATUS ? " " + status : "")
        + " "
        + methodText()
        + " "
        + (pathPrefix.isEmpty() ? "*" : pathPrefix + "*")
        + (fraction > 0 ? " fraction=" + fraction : " times=" + times)
        + (after ? " after" : "")
        + "]";
  }

  private String methodText() {
    return method == null ? "ANY" : method;
  }
}
