package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.Timestamps;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;

/** JSON helpers: one immutable, thread-safe mapper; tree builders that omit nulls. */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

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

  /** Serialises {@code node} as UTF-8. */
  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }

  /**
   * Parses {@code bytes} as one JSON value.
   *
   * @throws ApiException 400 when the bytes are not valid UTF-8 JSON
   */
  public static JsonNode parse(byte[] bytes) {
    try {
      JsonNode node = MAPPER.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw ApiException.badRequest("The request body is empty; a JSON object is required.");
      }
      return node;
    } catch (IOException e) {
      throw ApiException.badRequest("The request body is not valid JSON.");
    }
  }
}
