package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.store.GuestIssuerStore;
import io.github.webex4j.emulator.store.World;

/**
 * {@code POST /jwt/login}: exchanges a guest-issuer JWT sent as {@code Authorization: Bearer <jwt>}
 * for {@code {token, expiresIn}}; a bad JWT answers 401.
 */
public final class GuestIssuerApi implements ApiFamily {
  private final World world;

  /** Creates the family over {@code world}. */
  public GuestIssuerApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router.anonymous("POST", "/jwt/login", this::login);
  }

  private ApiResponse login(ApiRequest request) {
    String authorization = request.header("Authorization");
    String jwt =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? authorization.substring(7).trim()
            : null;
    GuestIssuerStore.Login login;
    try {
      login = world.guestIssuers.login(jwt);
    } catch (GuestIssuerStore.Rejected e) {
      throw new ApiException(401, e.getMessage());
    }
    ObjectNode body = Json.object();
    body.put("token", login.token());
    body.put("expiresIn", login.expiresIn());
    return ApiResponse.ok(body);
  }
}
