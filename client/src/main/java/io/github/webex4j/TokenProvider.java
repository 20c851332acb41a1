package io.github.webex4j;

import java.util.Objects;

/**
 * Supplies the access token for each request. Implementations must be thread-safe and must not
 * reveal the token in {@code toString()}.
 *
 * <p>Use {@link #of(String)} for a fixed token, or {@link OAuthRefreshTokenProvider} for an OAuth
 * integration whose tokens are refreshed.
 */
public interface TokenProvider {

  /**
   * A provider that always returns {@code token}.
   *
   * @param token non-blank access token
   * @throws IllegalArgumentException if the token is blank
   */
  static TokenProvider of(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    return new StaticTokenProvider(token);
  }

  /**
   * The token to send now. May block to refresh it.
   *
   * @return a non-blank token
   * @throws WebexException if a token cannot be obtained
   */
  String token();

  /**
   * Called once when Webex answered 401 to a request sent with {@code rejectedToken}.
   *
   * @param rejectedToken the token that was rejected
   * @return true if a different token is now available and the request should be replayed once; the
   *     default returns false
   */
  default boolean refreshAfterUnauthorized(String rejectedToken) {
    return false;
  }
}
