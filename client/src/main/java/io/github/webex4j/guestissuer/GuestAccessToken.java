package io.github.webex4j.guestissuer;

/**
 * The answer of {@code POST /jwt/login}: an access token for the guest, usable with {@code
 * WebexClient.builder().accessToken(token)} or {@code webex.withOptions(o ->
 * o.accessToken(token))}. {@link #toString()} never shows the token.
 *
 * @param token the access token (a secret)
 * @param expiresIn seconds until it expires, null if Webex did not say
 */
public record GuestAccessToken(String token, Long expiresIn) {

  @Override
  public String toString() {
    return "GuestAccessToken[token=***, expiresIn=" + expiresIn + "]";
  }
}
