package io.github.webex4j.internal.services;

import io.github.webex4j.TokenProvider;
import io.github.webex4j.guestissuer.GuestAccessToken;
import io.github.webex4j.guestissuer.GuestIssuer;
import io.github.webex4j.internal.ClientConfig;
import io.github.webex4j.internal.Transport;

/** {@link GuestIssuer} over a transport that carries the guest JWT as its bearer token. */
public final class GuestIssuerService implements GuestIssuer {
  private final Transport transport;

  /**
   * @param transport the client's transport (its settings are reused, its token is not)
   */
  public GuestIssuerService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public GuestAccessToken login(String guestJwt) {
    if (guestJwt == null || guestJwt.isBlank()) {
      throw new IllegalArgumentException("guestJwt must not be blank");
    }
    ClientConfig withJwt = transport.config().withTokenProvider(TokenProvider.of(guestJwt));
    return new Transport(withJwt).post("jwt/login", null, GuestAccessToken.class);
  }
}
