package io.github.webex4j.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.webex4j.emulator.store.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of every chain: answers 404 for a path without a route and 405 (with {@code Allow}) for a
 * wrong method, else runs the route's handler under the world lock and leaves its answer on the
 * exchange.
 */
final class RouteHandler implements HttpHandler {
  private final World world;
  private final String apiRoot;

  /** {@code apiRoot} is the root the links of API answers are built on ({@code "/v1"}). */
  RouteHandler(World world, String apiRoot) {
    this.world = world;
    this.apiRoot = apiRoot;
  }

  @Override
  public void handle(HttpExchange exchange) {
    ServedExchange served = ServedExchange.of(exchange);
    ServedExchange.Route route = served.route();
    String method = exchange.getRequestMethod();
    Router.Match match =
        route
            .match()
            .orElseThrow(() -> ApiException.notFound("The requested resource could not be found."));
    if (match.handler() == null) {
      throw new ApiException(
          405,
          "Request method '" + method + "' not supported",
          Map.of("Allow", String.join(", ", match.allowed())));
    }
    RequestBody body = served.body();
    ApiRequest request =
        new ApiRequest(
            method,
            "/" + String.join("/", route.segments()),
            query(exchange.getRequestURI().getRawQuery()),
            exchange.getRequestHeaders(),
            body.bytes(),
            body.mapped(),
            body.file(),
            baseUrl(exchange),
            served.caller(),
            match.params());
    served.respond(world.lockedFor(request.baseUrl(), () -> match.handler().handle(request)));
  }

  private String baseUrl(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
      host = "127.0.0.1:" + exchange.getLocalAddress().getPort();
    }
    return "http://" + host + apiRoot;
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = RouteFilter.decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : RouteFilter.decode(pair.substring(eq + 1));
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return query;
  }
}
