package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code Link}-header paging. A list handler passes every matching item in order; this class reads
 * {@code max} (default and cap per endpoint; values above the cap are clamped) and the opaque
 * {@code cursor}, slices, and answers {@code {"items":[...]}} with {@code Link: <...>; rel="next"}
 * when more remain. The next URL is absolute, built from the request's {@code Host}, and repeats
 * every original query parameter.
 *
 * <p>The cursor is URL-safe base64 of {@code <offset>:<query fingerprint>:<last id>}: the next page
 * starts after the last id when it still exists, otherwise at the offset, so deletions between
 * pages skip nothing. The fingerprint covers every query parameter except {@code max} and {@code
 * cursor}; a cursor replayed with other filters is refused with 400.
 */
public final class Paging {
  /** The query parameter carrying the cursor. */
  public static final String CURSOR = "cursor";

  private Paging() {}

  /** The effective page size: {@code max} parsed, clamped to {@code cap}; 400 when invalid. */
  public static int max(ApiRequest request, int defaultMax, int cap) {
    String raw = request.query("max");
    if (raw == null) {
      return Math.min(defaultMax, cap);
    }
    int max;
    try {
      max = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid value for parameter 'max': " + raw);
    }
    if (max < 1) {
      throw ApiException.badRequest("Invalid value for parameter 'max': must be at least 1.");
    }
    return Math.min(max, cap);
  }

  /** Answers one page of {@code all}. */
  public static <T> ApiResponse respond(
      ApiRequest request,
      List<T> all,
      Function<T, String> idOf,
      Function<T, JsonNode> render,
      int defaultMax,
      int cap) {
    return respond(request, all, idOf, render, defaultMax, cap, body -> {});
  }

  /** Answers one page of {@code all}; {@code extra} may add fields (e.g. notFoundIds). */
  public static <T> ApiResponse respond(
      ApiRequest request,
      List<T> all,
      Function<T, String> idOf,
      Function<T, JsonNode> render,
      int defaultMax,
      int cap,
      Consumer<ObjectNode> extra) {
    int max = max(request, defaultMax, cap);
    String fingerprint = fingerprint(request);
    int start = start(request.query(CURSOR), fingerprint, all, idOf);
    int end = Math.min(all.size(), start + max);
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray("items");
    for (T item : all.subList(start, end)) {
      items.add(render.apply(item));
    }
    extra.accept(body);
    ApiResponse response = ApiResponse.ok(body);
    if (end < all.size()) {
      String cursor = encode(end + ":" + fingerprint + ":" + idOf.apply(all.get(end - 1)));
      response.header("Link", "<" + nextUrl(request, cursor) + ">; rel=\"next\"");
    }
    return response;
  }

  private static <T> int start(
      String cursor, String fingerprint, List<T> all, Function<T, String> idOf) {
    if (cursor == null) {
      return 0;
    }
    String[] parts;
    try {
      parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 3);
    } catch (IllegalArgumentException e) {
      throw invalidCursor();
    }
    if (parts.length != 3 || !parts[0].matches("\\d{1,9}")) {
      throw invalidCursor();
    }
    if (!parts[1].equals(fingerprint)) {
      throw ApiException.badRequest(
          "Invalid value for parameter 'cursor': it belongs to a query with other parameters.");
    }
    for (int i = 0; i < all.size(); i++) {
      if (idOf.apply(all.get(i)).equals(parts[2])) {
        return i + 1;
      }
    }
    return Math.min(Integer.parseInt(parts[0]), all.size());
  }

  private static ApiException invalidCursor() {
    return ApiException.badRequest("Invalid value for parameter 'cursor'.");
  }

  /** A short hash of the query parameters that select items (all but max and cursor). */
  private static String fingerprint(ApiRequest request) {
    TreeMap<String, List<String>> selecting = new TreeMap<>(request.queryParams());
    selecting.remove(CURSOR);
    selecting.remove("max");
    selecting.put("", List.of(request.path()));
    return Integer.toHexString(selecting.toString().hashCode());
  }

  private static String encode(String raw) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static String nextUrl(ApiRequest request, String cursor) {
    return urlWith(request, CURSOR, cursor);
  }

  /**
   * The absolute URL of this request (built from its {@code Host}) with query parameter {@code
   * name} set to {@code value} and every other parameter kept: the target of a {@code Link} header.
   */
  public static String urlWith(ApiRequest request, String name, String value) {
    StringBuilder url = new StringBuilder(request.baseUrl()).append(request.path()).append('?');
    for (Map.Entry<String, List<String>> e : request.queryParams().entrySet()) {
      if (e.getKey().equals(name)) {
        continue;
      }
      for (String each : e.getValue()) {
        url.append(enc(e.getKey())).append('=').append(enc(each)).append('&');
      }
    }
    return url.append(enc(name)).append('=').append(enc(value)).toString();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
