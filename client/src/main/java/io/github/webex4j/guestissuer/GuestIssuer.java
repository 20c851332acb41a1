package io.github.webex4j.guestissuer;

/**
 * The guest issuer token exchange ({@code POST /jwt/login}). Obtain it from {@code
 * WebexClient.guestIssuer()}; the client's own token is not used: the guest JWT is the bearer of
 * this one call. Without any token yet, build a client with the JWT itself: {@code
 * WebexClient.builder().accessToken(jwt).build().guestIssuer().login(jwt)}. Thread-safe.
 *
 * <p>[?] The endpoint is not in the official OpenAPI documents; its shape (JWT as {@code
 * Authorization: Bearer}, answer {@code {token, expiresIn}}) follows the developer.webex.com
 * guest-issuer guide.
 */
public interface GuestIssuer {

  /**
   * Exchanges a guest JWT (see {@link GuestJwt}) for an access token. Performs network I/O.
   *
   * @param guestJwt a signed, unexpired guest JWT, non-blank
   * @throws IllegalArgumentException if {@code guestJwt} is blank, before any request
   * @throws io.github.webex4j.UnauthorizedException if Webex rejects the JWT (bad signature,
   *     unknown issuer, expired)
   */
  GuestAccessToken login(String guestJwt);
}
