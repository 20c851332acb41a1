package io.github.webex4j.internal.util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable copies of free-form JSON values (maps, lists, scalars) such as the unknown fields kept
 * in a model's {@code extra()}. Unlike {@link Map#copyOf}, null values and the order of keys are
 * kept.
 */
public final class Extras {
  private Extras() {}

  /** A deep, unmodifiable copy of {@code map} (key order kept); null gives an empty map. */
  public static Map<String, Object> copyOf(Map<String, ?> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(key, deepCopy(value)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(String.valueOf(key), deepCopy(item)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(deepCopy(item)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
