package io.github.webex4j;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries failed requests. Immutable.
 *
 * <ul>
 *   <li>429: waits {@code Retry-After} (seconds or HTTP-date; missing or unparseable: {@link
 *       #defaultRetryAfter()}; clamped to at least {@link #minRetryAfter()}), for every method,
 *       because the request was not processed. A wait longer than {@link #maxRetryAfter()}, or one
 *       that would overrun {@link #totalBudget()}, fails at once with {@link RateLimitException}.
 *   <li>502, 503, 504, 423, I/O errors and timeouts: exponential backoff from {@link
 *       #initialBackoff()} doubling up to {@link #maxBackoff()}, with full jitter, only for GET,
 *       PUT and DELETE. 423 and 503 with {@code Retry-After} wait that long instead.
 *   <li>POST (and PATCH) is retried only where Webex certainly did not act: 429 and connections
 *       that could not be opened. A 5xx (even with {@code Retry-After}), reset or timeout may
 *       follow a stored request, so it is thrown; {@code messages().createOnce} resolves it by
 *       looking before sending again.
 *   <li>Every {@code Retry-After} wait gets a small random addition ({@link #retryAfterJitter()}).
 * </ul>
 *
 * At most {@link #maxRetries()} retries happen per call, and all waits of one call together stay
 * within {@link #totalBudget()}.
 */
public final class RetryPolicy {
  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration defaultRetryAfter;
  private final Duration minRetryAfter;
  private final Duration maxRetryAfter;
  private final Duration totalBudget;
  private final Duration retryAfterJitter;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.defaultRetryAfter = b.defaultRetryAfter;
    this.minRetryAfter = b.minRetryAfter;
    this.maxRetryAfter = b.maxRetryAfter;
    this.totalBudget = b.totalBudget;
    this.retryAfterJitter = b.retryAfterJitter;
  }

  /**
   * Defaults: 3 retries, 0.5 s to 8 s backoff, Retry-After default 15 s, max 60 s, budget 120 s,
   * Retry-After jitter up to 1 s.
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** A policy that never retries. */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this policy. */
  public Builder toBuilder() {
    return new Builder()
        .maxRetries(maxRetries)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .defaultRetryAfter(defaultRetryAfter)
        .minRetryAfter(minRetryAfter)
        .maxRetryAfter(maxRetryAfter)
        .totalBudget(totalBudget)
        .retryAfterJitter(retryAfterJitter);
  }

  /** Maximum number of retries per call (0 = no retries). */
  public int maxRetries() {
    return maxRetries;
  }

  /** First backoff before jitter. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** Backoff cap before jitter. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** Wait used on 429 when {@code Retry-After} is missing or unparseable. */
  public Duration defaultRetryAfter() {
    return defaultRetryAfter;
  }

  /** Lower clamp for {@code Retry-After} (e.g. a server sending 0). */
  public Duration minRetryAfter() {
    return minRetryAfter;
  }

  /** Longest {@code Retry-After} the client waits; longer ones throw {@link RateLimitException}. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** Upper bound for the sum of all waits of one call. */
  public Duration totalBudget() {
    return totalBudget;
  }

  /**
   * Most a {@code Retry-After} wait is lengthened by at random, so that many clients told to wait
   * the same time do not all come back at once: the addition is uniform in [0, min(this, a tenth of
   * the wait)].
   */
  public Duration retryAfterJitter() {
    return retryAfterJitter;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxRetries="
        + maxRetries
        + ", backoff="
        + initialBackoff
        + ".."
        + maxBackoff
        + ", defaultRetryAfter="
        + defaultRetryAfter
        + ", minRetryAfter="
        + minRetryAfter
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", totalBudget="
        + totalBudget
        + ", retryAfterJitter="
        + retryAfterJitter
        + "]";
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private int maxRetries = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration defaultRetryAfter = Duration.ofSeconds(15);
    private Duration minRetryAfter = Duration.ofSeconds(1);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Duration totalBudget = Duration.ofSeconds(120);
    private Duration retryAfterJitter = Duration.ofSeconds(1);

    private Builder() {}

    /**
     * Sets how often one call is sent again after its first attempt; default 3, and 0 turns retries
     * off.
     *
     * @param maxRetries retries per call, {@code >= 0}
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** First backoff, non-negative. */
    public Builder initialBackoff(Duration value) {
      this.initialBackoff = nonNegative(value, "initialBackoff");
      return this;
    }

    /** Backoff cap, non-negative. */
    public Builder maxBackoff(Duration value) {
      this.maxBackoff = nonNegative(value, "maxBackoff");
      return this;
    }

    /** Wait when Retry-After is missing or garbage, non-negative. */
    public Builder defaultRetryAfter(Duration value) {
      this.defaultRetryAfter = nonNegative(value, "defaultRetryAfter");
      return this;
    }

    /** Lower clamp for Retry-After, non-negative. */
    public Builder minRetryAfter(Duration value) {
      this.minRetryAfter = nonNegative(value, "minRetryAfter");
      return this;
    }

    /** Longest Retry-After the client waits, non-negative. */
    public Builder maxRetryAfter(Duration value) {
      this.maxRetryAfter = nonNegative(value, "maxRetryAfter");
      return this;
    }

    /** Upper bound for the sum of waits of one call, non-negative. */
    public Builder totalBudget(Duration value) {
      this.totalBudget = nonNegative(value, "totalBudget");
      return this;
    }

    /**
     * Most a Retry-After wait is lengthened by at random, non-negative; default 1 s (zero turns it
     * off).
     */
    public Builder retryAfterJitter(Duration value) {
      this.retryAfterJitter = nonNegative(value, "retryAfterJitter");
      return this;
    }

    /**
     * Checks the bounds against each other and creates the immutable policy.
     *
     * @return the policy
     * @throws IllegalArgumentException if initialBackoff exceeds maxBackoff or minRetryAfter
     *     exceeds maxRetryAfter
     */
    public RetryPolicy build() {
      if (initialBackoff.compareTo(maxBackoff) > 0) {
        throw new IllegalArgumentException("initialBackoff must not exceed maxBackoff");
      }
      if (minRetryAfter.compareTo(maxRetryAfter) > 0) {
        throw new IllegalArgumentException("minRetryAfter must not exceed maxRetryAfter");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      return value;
    }
  }
}
