package io.github.webex4j.cards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers to build card JSON maps; null values are left out. */
final class CardJson {
  private CardJson() {}

  static Map<String, Object> object(String type) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", type);
    return map;
  }

  static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  static List<Object> elements(List<? extends CardElement> elements) {
    List<Object> list = new ArrayList<>();
    for (CardElement element : elements) {
      list.add(element.toJson());
    }
    return list;
  }

  static String nonBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }
}
