package io.github.webex4j.guestissuer;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code POST /jwt/login}: an access token for the guest, usable with {@code
 * WebexClient.builder().accessToken(token)} or {@code webex.withOptions(o ->
 * o.accessToken(token))}. {@link #toString()} never shows the token.
 *
 * @param token the access token (a secret)
 * @param expiresIn seconds until it expires, null if Webex did not say
 */
public record GuestAccessToken(@Nullable String token, @Nullable Long expiresIn) {

  @Override
  public String toString() {
    return "GuestAccessToken[token=***, expiresIn=" + expiresIn + "]";
  }
}
