package io.github.webex4j.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds relative API paths with percent-encoded id segments. */
public final class Paths {
  private Paths() {}

  /**
   * Checks a caller-supplied id before it goes into a path or body.
   *
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code name} if the value is null or blank
   */
  public static String nonBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
    return value;
  }

  /**
   * Joins a fixed resource path with encoded segments: {@code Paths.of("teams", id)} gives {@code
   * teams/<encoded id>}.
   *
   * @param resource fixed path such as {@code "teams"} or {@code "team/memberships"}, not encoded
   * @param segments ids or sub-paths, each percent-encoded
   * @throws IllegalArgumentException if a segment is null or blank
   */
  public static String of(String resource, String... segments) {
    StringBuilder path = new StringBuilder(resource);
    for (String segment : segments) {
      if (segment == null || segment.isBlank()) {
        throw new IllegalArgumentException("id must not be null or blank");
      }
      path.append('/')
          .append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return path.toString();
  }
}
