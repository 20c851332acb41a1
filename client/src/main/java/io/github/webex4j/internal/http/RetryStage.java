package io.github.webex4j.internal.http;

import io.github.webex4j.RetryPolicy;
import io.github.webex4j.Sleeper;
import io.github.webex4j.WebexIoException;
import io.github.webex4j.http.NotSentException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Retries around the authenticated attempt, as the {@link RetryPolicy} says, with the injected
 * sleeper and clock. The delivery contract for methods that are not idempotent (POST, PATCH): they
 * are sent again only where the server certainly did not act on them: a connection that could not
 * be opened ({@link NotSentException}) and 429 (Webex documents that a rate-limited request was not
 * processed). Any other failure (5xx with or without {@code Retry-After}, a reset, a timeout) is
 * ambiguous: it is thrown, and a caller that must not duplicate looks before sending again (as
 * {@code messages().createOnce} does).
 */
public final class RetryStage {
  private final AuthStage auth;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier jitter;
  private final ErrorMapping errors;

  /**
   * @param auth the next stage
   * @param policy the retry rules
   * @param sleeper waits between attempts
   * @param clock time source for the budget and HTTP-dates
   * @param jitter uniform random numbers in [0, 1)
   * @param errors maps the final failure
   */
  public RetryStage(
      AuthStage auth,
      RetryPolicy policy,
      Sleeper sleeper,
      Clock clock,
      DoubleSupplier jitter,
      ErrorMapping errors) {
    this.auth = auth;
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.jitter = jitter;
    this.errors = errors;
  }

  /**
   * Sends the call until it succeeds or may not be retried.
   *
   * @return the 2xx answer
   * @throws io.github.webex4j.WebexApiException for the final non-2xx answer
   * @throws WebexIoException for the final I/O failure or an interrupt
   */
  public Answer send(Call call) {
    Instant start = clock.instant();
    int retries = 0;
    while (true) {
      Answer answer;
      try {
        answer = auth.send(call);
      } catch (IOException e) {
        boolean notSent = e instanceof NotSentException;
        Duration wait = backoff(retries);
        if ((call.method().idempotent() || notSent) && mayRetry(retries, start, wait)) {
          log(call, "I/O failure (" + e.getClass().getSimpleName() + ")", wait);
          sleep(wait);
          retries++;
          continue;
        }
        throw errors.ioError(call, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WebexIoException(call + " interrupted", e);
      }
      if (answer.successful()) {
        return answer;
      }
      int status = answer.status();
      Optional<Duration> retryAfter =
          RetryAfter.parse(answer.header("retry-after").orElse(null), clock);
      if (status == 429) {
        Duration wait = clamp(retryAfter.orElse(policy.defaultRetryAfter()));
        Duration jittered = withJitter(wait);
        if (wait.compareTo(policy.maxRetryAfter()) <= 0 && mayRetry(retries, start, jittered)) {
          log(call, "429", jittered);
          sleep(jittered);
          retries++;
          continue;
        }
        throw errors.apiError(answer, wait);
      }
      Duration wait = retryableWait(call.method(), status, retryAfter, retries);
      if (wait != null && mayRetry(retries, start, wait)) {
        log(call, String.valueOf(status), wait);
        sleep(wait);
        retries++;
        continue;
      }
      throw errors.apiError(answer, retryAfter.orElse(null));
    }
  }

  /** The wait before retrying a non-429 error status, or null if it must not be retried. */
  private Duration retryableWait(
      HttpMethod method, int status, Optional<Duration> retryAfter, int retries) {
    boolean transientStatus = status == 502 || status == 503 || status == 504 || status == 423;
    if (!transientStatus) {
      return null;
    }
    if (!method.idempotent()) {
      return null;
    }
    if ((status == 503 || status == 423) && retryAfter.isPresent()) {
      Duration wait = clamp(retryAfter.get());
      return wait.compareTo(policy.maxRetryAfter()) <= 0 ? withJitter(wait) : null;
    }
    return backoff(retries);
  }

  private Duration clamp(Duration wait) {
    return wait.compareTo(policy.minRetryAfter()) < 0 ? policy.minRetryAfter() : wait;
  }

  /** A Retry-After wait plus uniform [0, min(retryAfterJitter, wait / 10)]. */
  Duration withJitter(Duration wait) {
    long spread = Math.min(policy.retryAfterJitter().toMillis(), wait.toMillis() / 10);
    return wait.plusMillis(Math.round(spread * jitter.getAsDouble()));
  }

  /** Exponential backoff with full jitter: uniform in [0, min(max, initial * 2^retries)]. */
  Duration backoff(int retries) {
    long initial = policy.initialBackoff().toMillis();
    long cap = policy.maxBackoff().toMillis();
    long ceiling = retries >= 30 ? cap : Math.min(cap, initial << retries);
    return Duration.ofMillis(Math.round(ceiling * jitter.getAsDouble()));
  }

  private boolean mayRetry(int retries, Instant start, Duration wait) {
    if (retries >= policy.maxRetries()) {
      return false;
    }
    Duration elapsed = Duration.between(start, clock.instant());
    return elapsed.plus(wait).compareTo(policy.totalBudget()) <= 0;
  }

  private void sleep(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WebexIoException("Interrupted while waiting to retry", e);
    }
  }

  private void log(Call call, String reason, Duration wait) {
    auth.log().log(
        Level.INFO, () -> call + ": " + reason + ", retrying in " + wait.toMillis() + " ms");
  }
}
