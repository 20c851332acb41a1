package io.github.webex4j.internal;

import io.github.webex4j.RetryPolicy;
import io.github.webex4j.Sleeper;
import io.github.webex4j.TokenProvider;
import io.github.webex4j.http.EngineSettings;
import io.github.webex4j.http.HttpEngine;
import io.github.webex4j.http.HttpEngineFactory;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Everything the transport needs; built by {@code WebexClient}.
 *
 * @param baseUri API base without trailing slash, e.g. {@code https://webexapis.com/v1}
 * @param tokenProvider source of the bearer token
 * @param engine the HTTP engine, shared by derived clients (connection pool, proxy, connect
 *     timeout)
 * @param requestTimeout per-request timeout
 * @param retryPolicy retry rules
 * @param sleeper waits between retries
 * @param clock time source for budgets and HTTP-dates
 * @param jitter source of uniform random numbers in [0, 1) for backoff jitter
 * @param userAgent the {@code User-Agent} header value
 * @param log where requests (at {@code DEBUG}), retries and token refreshes (at {@code INFO}) are
 *     logged
 */
public record ClientConfig(
    URI baseUri,
    TokenProvider tokenProvider,
    HttpEngine engine,
    Duration requestTimeout,
    RetryPolicy retryPolicy,
    Sleeper sleeper,
    Clock clock,
    DoubleSupplier jitter,
    String userAgent,
    System.Logger log) {

  /**
   * A copy with another token provider (the engine and everything else shared).
   *
   * @param tokens the token provider for the copy
   */
  public ClientConfig withTokenProvider(TokenProvider tokens) {
    return new ClientConfig(
        baseUri,
        tokens,
        engine,
        requestTimeout,
        retryPolicy,
        sleeper,
        clock,
        jitter,
        userAgent,
        log);
  }

  /** The name of the client's default {@code System.Logger}. */
  public static final String LOGGER = "io.github.webex4j";

  /** Validates that no component is null. */
  public ClientConfig {
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(tokenProvider, "tokenProvider");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(jitter, "jitter");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(log, "log");
  }

  /**
   * A configuration with a new engine from {@code engines} (which never follows redirects, so the
   * token never travels to a redirect target), random full jitter and the webex4j User-Agent.
   *
   * @param proxy the proxy selector, or null for direct connections
   * @param log the client's log, or null for the {@code System.Logger} named {@value #LOGGER}
   */
  public static ClientConfig create(
      URI baseUri,
      TokenProvider tokenProvider,
      HttpEngineFactory engines,
      Duration connectTimeout,
      ProxySelector proxy,
      Duration requestTimeout,
      RetryPolicy retryPolicy,
      Sleeper sleeper,
      Clock clock,
      System.Logger log) {
    HttpEngine engine =
        engines.create(new EngineSettings(connectTimeout, java.util.Optional.ofNullable(proxy)));
    return new ClientConfig(
        baseUri,
        tokenProvider,
        Objects.requireNonNull(engine, "the engine factory returned null"),
        requestTimeout,
        retryPolicy,
        sleeper,
        clock,
        () -> ThreadLocalRandom.current().nextDouble(),
        UserAgent.value(),
        log != null ? log : System.getLogger(LOGGER));
  }

  @Override
  public String toString() {
    return "ClientConfig[baseUri="
        + baseUri
        + ", engine="
        + engine
        + ", retryPolicy="
        + retryPolicy
        + "]";
  }
}
