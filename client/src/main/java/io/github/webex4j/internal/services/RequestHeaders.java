package io.github.webex4j.internal.services;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request headers a resource view was given ({@code withTimezone}, {@code withPassword}, ...).
 * Immutable.
 */
final class RequestHeaders {
  private static final RequestHeaders NONE = new RequestHeaders(Map.of());

  private final Map<String, String> values;

  private RequestHeaders(Map<String, String> values) {
    this.values = values;
  }

  /** No headers. */
  static RequestHeaders none() {
    return NONE;
  }

  /** These headers with {@code name} set to {@code value} (replacing an earlier value). */
  RequestHeaders with(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.put(name, value);
    return new RequestHeaders(Map.copyOf(copy));
  }

  /** The headers among {@code names} that were given, for an endpoint documenting just those. */
  Map<String, String> only(String... names) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : names) {
      String value = values.get(name);
      if (value != null) {
        out.put(name, value);
      }
    }
    return out;
  }
}
