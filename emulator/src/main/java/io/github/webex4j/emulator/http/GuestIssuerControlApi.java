package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.store.World;

/**
 * Control endpoint {@code POST /_emulator/guest-issuers} with {@code {"issuerId", "secret"}} (the
 * secret base64, as Webex hands it out): registers a guest issuer whose JWTs {@code /jwt/login}
 * accepts. Answers 204.
 */
public final class GuestIssuerControlApi implements ApiFamily {
  private final World world;

  /** Creates the control family over {@code world}. */
  public GuestIssuerControlApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router.post("/guest-issuers", this::configure);
  }

  private ApiResponse configure(ApiRequest request) {
    JsonBody body = request.json();
    world.guestIssuers.configure(body.requiredString("issuerId"), body.requiredString("secret"));
    return ApiResponse.noContent();
  }
}
