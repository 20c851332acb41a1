package io.github.webex4j.internal;

import io.github.webex4j.WireValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds a URL query string. Null values (and empty collections) are skipped, so services can add
 * every optional parameter unconditionally. Values are percent-encoded as UTF-8 ({@code " "}
 * becomes {@code %20}, {@code +} becomes {@code %2B}, {@code &} becomes {@code %26}). Not
 * thread-safe; create one per request.
 */
public final class Query {
  private final List<String> pairs = new ArrayList<>();

  private Query() {}

  /** An empty query. */
  public static Query create() {
    return new Query();
  }

  /**
   * Adds {@code name=value} unless {@code value} is null. Strings are sent as is, {@link WireValue}
   * with its wire value, other enums as their lower-case name, {@link Instant} as ISO-8601,
   * collections comma-separated, everything else via {@code toString()}.
   *
   * @return this
   */
  public Query add(String name, Object value) {
    Objects.requireNonNull(name, "name");
    if (value == null) {
      return this;
    }
    String text = format(value);
    if (text == null) {
      return this;
    }
    pairs.add(encode(name) + "=" + encode(text));
    return this;
  }

  private static String format(Object value) {
    if (value instanceof WireValue) {
      return ((WireValue) value).wireValue();
    }
    if (value instanceof Enum) {
      return ((Enum<?>) value).name().toLowerCase(java.util.Locale.ROOT);
    }
    if (value instanceof Collection) {
      Collection<?> values = (Collection<?>) value;
      if (values.isEmpty()) {
        return null;
      }
      return values.stream().map(Query::format).collect(Collectors.joining(","));
    }
    return value.toString();
  }

  /** True if no parameter was added. */
  public boolean isEmpty() {
    return pairs.isEmpty();
  }

  /** The encoded query without a leading {@code ?}; empty if nothing was added. */
  public String encoded() {
    return String.join("&", pairs);
  }

  /** Percent-encodes one query name or value (UTF-8, spaces as {@code %20}). */
  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return encoded();
  }
}
