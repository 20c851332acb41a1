package io.github.webex4j.emulator.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the request's route below the context's root, so that {@link AuthFilter} knows whether it
 * needs a token; a path that matches no route is answered 404 (405 for a wrong method) only by
 * {@link RouteHandler}, after authentication. A path that is not correctly percent-encoded is
 * answered 400.
 */
final class RouteFilter extends Filter {
  private final String root;
  private final Router router;

  /** Routes paths below {@code root} ({@code "/v1"}, or {@code ""} for absolute patterns). */
  RouteFilter(String root, Router router) {
    this.root = root;
    this.router = router;
  }

  @Override
  public String description() {
    return "Routes " + (root.isEmpty() ? "/" : root);
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    ServedExchange served = ServedExchange.of(exchange);
    List<String> segments = segments(served.rawPath().substring(root.length()));
    served.route(
        new ServedExchange.Route(segments, router.match(exchange.getRequestMethod(), segments)));
    chain.doFilter(exchange);
  }

  private static List<String> segments(String relative) {
    List<String> segments = new ArrayList<>();
    if (relative.isEmpty() || relative.equals("/")) {
      return segments;
    }
    for (String raw : relative.substring(1).split("/", -1)) {
      segments.add(decode(raw.replace("+", "%2B")));
    }
    return segments;
  }

  static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("The request URI is not correctly percent-encoded.");
    }
  }
}
