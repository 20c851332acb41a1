package io.github.webex4j.emulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Matches a method and path to a handler. Patterns are {@code /}-separated with {@code {name}}
 * segments ({@code /rooms/{roomId}}); a literal segment beats a parameter ({@code /people/me} over
 * {@code /people/{personId}}).
 */
public final class Router {
  private record Route(String method, String[] segments, Handler handler, boolean anonymous) {}

  /**
   * Outcome of {@link #match}: a handler with its path parameters and whether it runs without an
   * emulator token, or (null handler) the allowed methods.
   */
  public record Match(
      Handler handler, Map<String, String> params, List<String> allowed, boolean anonymous) {}

  private final List<Route> routes = new ArrayList<>();

  /** Registers {@code handler} for {@code method} on {@code pattern}. */
  public Router add(String method, String pattern, Handler handler) {
    routes.add(new Route(method, split(pattern), handler, false));
    return this;
  }

  /**
   * Registers a route that needs no emulator bearer token (e.g. {@code POST /jwt/login}, which
   * carries a guest JWT instead); its handler sees {@link ApiRequest#caller()} as null when the
   * {@code Authorization} header holds no known token.
   */
  public Router anonymous(String method, String pattern, Handler handler) {
    routes.add(new Route(method, split(pattern), handler, true));
    return this;
  }

  /** GET shortcut. */
  public Router get(String pattern, Handler handler) {
    return add("GET", pattern, handler);
  }

  /** POST shortcut. */
  public Router post(String pattern, Handler handler) {
    return add("POST", pattern, handler);
  }

  /** PUT shortcut. */
  public Router put(String pattern, Handler handler) {
    return add("PUT", pattern, handler);
  }

  /** PATCH shortcut. */
  public Router patch(String pattern, Handler handler) {
    return add("PATCH", pattern, handler);
  }

  /** DELETE shortcut. */
  public Router delete(String pattern, Handler handler) {
    return add("DELETE", pattern, handler);
  }

  /**
   * Finds the route for {@code method} and decoded path {@code segments}. Empty when no pattern
   * matches the path; a match with a null handler and the allowed methods when only the method is
   * wrong.
   */
  public Optional<Match> match(String method, List<String> segments) {
    Route best = null;
    int bestLiterals = -1;
    TreeSet<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      int literals = literals(route.segments, segments);
      if (literals < 0) {
        continue;
      }
      allowed.add(route.method);
      if (route.method.equals(method) && literals > bestLiterals) {
        best = route;
        bestLiterals = literals;
      }
    }
    if (best != null) {
      return Optional.of(
          new Match(best.handler, params(best.segments, segments), List.of(), best.anonymous));
    }
    return allowed.isEmpty()
        ? Optional.empty()
        : Optional.of(new Match(null, Map.of(), List.copyOf(allowed), false));
  }

  private static int literals(String[] pattern, List<String> segments) {
    if (pattern.length != segments.size()) {
      return -1;
    }
    int literals = 0;
    for (int i = 0; i < pattern.length; i++) {
      if (isParam(pattern[i])) {
        if (segments.get(i).isEmpty()) {
          return -1;
        }
      } else if (pattern[i].equals(segments.get(i))) {
        literals++;
      } else {
        return -1;
      }
    }
    return literals;
  }

  private static Map<String, String> params(String[] pattern, List<String> segments) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < pattern.length; i++) {
      if (isParam(pattern[i])) {
        params.put(pattern[i].substring(1, pattern[i].length() - 1), segments.get(i));
      }
    }
    return params;
  }

  private static boolean isParam(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static String[] split(String pattern) {
    String trimmed = pattern.startsWith("/") ? pattern.substring(1) : pattern;
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }
}
