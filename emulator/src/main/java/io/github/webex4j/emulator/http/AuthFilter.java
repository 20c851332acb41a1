package io.github.webex4j.emulator.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.io.IOException;

/**
 * Bearer authentication: looks up the person whose emulator token the {@code Authorization} header
 * carries and hands it down as {@link ServedExchange#caller()}. A request without a known token is
 * answered 401, unless its route is anonymous ({@link Router#anonymous}; its handler then sees no
 * caller). For the control API ({@link #adminOnly}) any other token than the admin's is answered
 * 403. Runs after {@link RouteFilter}.
 */
final class AuthFilter extends Filter {
  private static final String BAD_TOKEN =
      "The request requires a valid access token set in the Authorization request header.";

  private final World world;
  private final boolean adminOnly;

  private AuthFilter(World world, boolean adminOnly) {
    this.world = world;
    this.adminOnly = adminOnly;
  }

  /** Any person's token will do. */
  static AuthFilter anyPerson(World world) {
    return new AuthFilter(world, false);
  }

  /** Only the admin's token will do (the control API). */
  static AuthFilter adminOnly(World world) {
    return new AuthFilter(world, true);
  }

  @Override
  public String description() {
    return adminOnly ? "Bearer auth, admin only" : "Bearer auth";
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    ServedExchange served = ServedExchange.of(exchange);
    String token = bearer(exchange);
    Person caller =
        token == null ? null : world.locked(() -> world.people.byToken(token).orElse(null));
    served.caller(caller);
    boolean anonymous = served.route().match().map(Router.Match::anonymous).orElse(false);
    if (!anonymous) {
      if (caller == null) {
        throw new ApiException(401, BAD_TOKEN);
      }
      if (adminOnly && !caller.id.equals(world.locked(() -> world.admin().id))) {
        throw ApiException.forbidden("The control API needs the emulator's admin token.");
      }
    }
    chain.doFilter(exchange);
  }

  /** The bearer token of the {@code Authorization} header; null for none. */
  static String bearer(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? null : token;
  }
}
