package io.github.webex4j.internal.bulk;

import io.github.webex4j.RetryPolicy;
import io.github.webex4j.WebexClient;
import io.github.webex4j.bulk.Bulk;
import io.github.webex4j.bulk.BulkCall;
import io.github.webex4j.bulk.BulkProgress;
import io.github.webex4j.bulk.BulkResult;
import io.github.webex4j.internal.ClientConfig;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The {@link Bulk} settings of one client; {@link #run} starts a {@link BulkRun}. Immutable. */
public final class BulkRunner implements Bulk {
  static final int MAX_CONCURRENCY = 256;

  private final WebexClient client;
  private final ClientConfig config;
  private final int maxConcurrency;
  private final double requestsPerSecond;
  private final int maxRateLimitRetries;
  private final Consumer<? super BulkProgress> listener;

  private BulkRunner(
      WebexClient client,
      ClientConfig config,
      int maxConcurrency,
      double requestsPerSecond,
      int maxRateLimitRetries,
      Consumer<? super BulkProgress> listener) {
    this.client = client;
    this.config = config;
    this.maxConcurrency = maxConcurrency;
    this.requestsPerSecond = requestsPerSecond;
    this.maxRateLimitRetries = maxRateLimitRetries;
    this.listener = listener;
  }

  /**
   * Default settings for {@code client}: 4 calls at once, no rate ceiling, 10 retries after 429.
   *
   * @param client the client whose connection pool, token, clock and sleeper the runs use
   * @param config that client's configuration
   */
  public static Bulk create(WebexClient client, ClientConfig config) {
    WebexClient failFastOn429 =
        client.withOptions(o -> o.retryPolicy(withoutRateLimitWaits(config.retryPolicy())));
    return new BulkRunner(failFastOn429, config, 4, Double.POSITIVE_INFINITY, 10, p -> {});
  }

  /**
   * {@code policy} except that a 429 (or 503/423 with {@code Retry-After}) is not waited for in the
   * call but thrown, so the bulk run can pause all calls together. A {@code Retry-After: 0} is
   * still retried at once by the transport.
   */
  static RetryPolicy withoutRateLimitWaits(RetryPolicy policy) {
    return policy.toBuilder().minRetryAfter(Duration.ZERO).maxRetryAfter(Duration.ZERO).build();
  }

  @Override
  public Bulk maxConcurrency(int calls) {
    if (calls < 1 || calls > MAX_CONCURRENCY) {
      throw new IllegalArgumentException(
          "maxConcurrency must be between 1 and " + MAX_CONCURRENCY + ": " + calls);
    }
    return new BulkRunner(client, config, calls, requestsPerSecond, maxRateLimitRetries, listener);
  }

  @Override
  public Bulk requestsPerSecond(double perSecond) {
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException(
          "requestsPerSecond must be positive and finite: " + perSecond);
    }
    return new BulkRunner(client, config, maxConcurrency, perSecond, maxRateLimitRetries, listener);
  }

  @Override
  public Bulk maxRateLimitRetries(int retries) {
    if (retries < 0) {
      throw new IllegalArgumentException("maxRateLimitRetries must be >= 0: " + retries);
    }
    return new BulkRunner(client, config, maxConcurrency, requestsPerSecond, retries, listener);
  }

  @Override
  public Bulk onProgress(Consumer<? super BulkProgress> progressListener) {
    Objects.requireNonNull(progressListener, "listener");
    return new BulkRunner(
        client, config, maxConcurrency, requestsPerSecond, maxRateLimitRetries, progressListener);
  }

  @Override
  public <T, R> BulkResult<T, R> run(
      Collection<? extends T> items, BulkCall<? super T, ? extends R> call) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(call, "call");
    List<T> copy = List.copyOf(items);
    AdaptiveRateLimiter limiter =
        new AdaptiveRateLimiter(requestsPerSecond, config.clock(), config.sleeper());
    return new BulkRun<T, R>(
            client,
            copy,
            call,
            limiter,
            config.clock(),
            config.retryPolicy().defaultRetryAfter(),
            maxConcurrency,
            maxRateLimitRetries,
            listener,
            config.log())
        .execute();
  }

  @Override
  public String toString() {
    return "Bulk[maxConcurrency="
        + maxConcurrency
        + ", requestsPerSecond="
        + requestsPerSecond
        + ", maxRateLimitRetries="
        + maxRateLimitRetries
        + "]";
  }
}
