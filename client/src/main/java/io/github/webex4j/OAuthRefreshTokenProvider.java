package io.github.webex4j;

import io.github.webex4j.http.HttpEngineFactory;
import io.github.webex4j.http.HttpEngines;
import io.github.webex4j.internal.OAuthExchange;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Tokens of an OAuth integration, refreshed with {@code POST /access_token} ({@code
 * grant_type=refresh_token}, {@code client_id}, {@code client_secret}, {@code refresh_token}).
 *
 * <p>The first {@link #token()} call fetches an access token; later calls refresh it once it is
 * within {@link Builder#refreshMargin(Duration)} of expiring. After a 401 the client calls {@link
 * #refreshAfterUnauthorized(String)}, which refreshes once and lets the request be replayed once. A
 * rotated refresh token returned by Webex replaces the old one. Thread-safe; refreshes are
 * serialised. {@code toString()} shows no secret.
 */
public final class OAuthRefreshTokenProvider implements TokenProvider {
  private final OAuthExchange exchange;
  private final Clock clock;
  private final Duration refreshMargin;
  private String refreshToken;
  private String accessToken;
  private Instant expiresAt = Instant.MIN;

  private OAuthRefreshTokenProvider(Builder b) {
    this.exchange =
        new OAuthExchange(
            BaseUrl.normalise(b.tokenUrl, "tokenUrl"),
            b.clientId,
            b.clientSecret,
            b.timeout,
            b.proxy,
            b.engines);
    this.clock = b.clock;
    this.refreshMargin = b.refreshMargin;
    this.refreshToken = b.refreshToken;
  }

  /** A builder; client id, client secret and refresh token are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The current access token, refreshed first if missing or about to expire.
   *
   * @throws WebexApiException if Webex rejects the refresh (e.g. 400 for a revoked refresh token)
   * @throws WebexIoException if the token endpoint cannot be reached
   */
  @Override
  public synchronized String token() {
    if (accessToken == null || !clock.instant().isBefore(expiresAt.minus(refreshMargin))) {
      refresh();
    }
    return accessToken;
  }

  /** Refreshes unless another thread already replaced {@code rejectedToken}; returns true. */
  @Override
  public synchronized boolean refreshAfterUnauthorized(String rejectedToken) {
    if (accessToken != null && !accessToken.equals(rejectedToken)) {
      return true;
    }
    refresh();
    return true;
  }

  private void refresh() {
    Instant requestedAt = clock.instant();
    OAuthExchange.Tokens tokens = exchange.refresh(refreshToken);
    accessToken = tokens.accessToken();
    expiresAt = requestedAt.plus(tokens.expiresIn());
    if (tokens.refreshToken() != null) {
      refreshToken = tokens.refreshToken();
    }
  }

  @Override
  public String toString() {
    return "OAuthRefreshTokenProvider[" + exchange + ", tokens redacted]";
  }

  /** Builder for {@link OAuthRefreshTokenProvider}. */
  public static final class Builder {
    private String clientId;
    private String clientSecret;
    private String refreshToken;
    private String tokenUrl = WebexClient.DEFAULT_BASE_URL + "/access_token";
    private Duration refreshMargin = Duration.ofMinutes(5);
    private Duration timeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private ProxySelector proxy;
    private HttpEngineFactory engines = HttpEngines.jdkHttpClient();

    private Builder() {}

    /** The integration's client id (required). */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /** The integration's client secret (required). */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /** The refresh token from the authorization-code exchange (required). */
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = refreshToken;
      return this;
    }

    /**
     * Sets the OAuth token endpoint the refresh token is exchanged at.
     *
     * @param tokenUrl token endpoint; default {@code https://webexapis.com/v1/access_token}
     */
    public Builder tokenUrl(String tokenUrl) {
      this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
      return this;
    }

    /**
     * Sets the OAuth token endpoint from a URI, as {@link #tokenUrl(String)} does.
     *
     * @param tokenUrl see {@link #tokenUrl(String)}
     */
    public Builder tokenUrl(URI tokenUrl) {
      return tokenUrl(tokenUrl.toString());
    }

    /** Refresh this long before expiry; default 5 minutes. */
    public Builder refreshMargin(Duration margin) {
      this.refreshMargin = Objects.requireNonNull(margin, "margin");
      return this;
    }

    /** Connect and request timeout of the token call; default 30 s. */
    public Builder timeout(Duration timeout) {
      this.timeout = WebexClient.Builder.positive(timeout, "timeout");
      return this;
    }

    /** Time source for expiry; default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Proxy selector for the token call; default none (direct). */
    public Builder proxy(ProxySelector proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /**
     * The HTTP engine of the token call, as {@link WebexClient.Builder#httpEngine}; default {@link
     * HttpEngines#jdkHttpClient()}. It is created by {@link #build()} with this builder's timeout
     * as connect timeout and its proxy.
     *
     * @param factory creates the engine
     */
    public Builder httpEngine(HttpEngineFactory factory) {
      this.engines = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /**
     * Checks the required fields and the token URL and creates the provider.
     *
     * @throws IllegalArgumentException naming the first missing field
     * @throws WebexConfigurationException if the token URL is not an absolute http(s) URL
     */
    public OAuthRefreshTokenProvider build() {
      require(clientId, "clientId");
      require(clientSecret, "clientSecret");
      require(refreshToken, "refreshToken");
      return new OAuthRefreshTokenProvider(this);
    }

    private static void require(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
    }

    @Override
    public String toString() {
      return "OAuthRefreshTokenProvider.Builder[clientId=" + clientId + ", secrets redacted]";
    }
  }
}
