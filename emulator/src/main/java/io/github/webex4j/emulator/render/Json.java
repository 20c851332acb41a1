package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.Timestamps;
import java.time.Instant;
import java.util.Collection;

/** JSON tree builders that omit nulls, as Webex omits fields that do not apply. */
public final class Json {
  private Json() {}

  /** A new empty object. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A new empty array. */
  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** An array of the given strings. */
  public static ArrayNode strings(Collection<String> values) {
    ArrayNode array = array();
    values.forEach(array::add);
    return array;
  }

  /** Puts {@code value} unless it is null (Webex omits fields that do not apply). */
  public static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  /** Puts a timestamp in Webex format unless it is null. */
  public static void put(ObjectNode node, String field, Instant value) {
    if (value != null) {
      node.put(field, Timestamps.format(value));
    }
  }
}
