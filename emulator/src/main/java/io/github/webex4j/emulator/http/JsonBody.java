package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typed, validating access to a request body object. Every wrong type or missing required field
 * throws a 400 {@link ApiException} naming the field. Unknown fields are ignored.
 */
public final class JsonBody {
  private final ObjectNode node;

  /** Wraps a parsed body object. */
  public JsonBody(ObjectNode node) {
    this.node = node;
  }

  /** The raw object. */
  public ObjectNode node() {
    return node;
  }

  /** True when {@code field} is present and not null. */
  public boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /** A string field, or null when absent or null. */
  public String optString(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest("Invalid value for '" + field + "': expected a string.");
    }
    return value.asText();
  }

  /** A string field that must be present and not blank. */
  public String requiredString(String field) {
    String value = optString(field);
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("The '" + field + "' field is required.");
    }
    return value;
  }

  /** A boolean field (JSON boolean or the strings true/false in any case), or null. */
  public Boolean optBoolean(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isTextual()) {
      String text = value.asText().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return Boolean.parseBoolean(text);
      }
    }
    throw ApiException.badRequest("Invalid value for '" + field + "': expected a boolean.");
  }

  /** A boolean field that must be present. */
  public boolean requiredBoolean(String field) {
    Boolean value = optBoolean(field);
    if (value == null) {
      throw ApiException.badRequest("The '" + field + "' field is required.");
    }
    return value;
  }

  /** A string-array field (a lone string counts as one element), or null. */
  public List<String> optStringList(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return List.of(value.asText());
    }
    if (!value.isArray()) {
      throw ApiException.badRequest("Invalid value for '" + field + "': expected an array.");
    }
    List<String> list = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw ApiException.badRequest(
            "Invalid value for '" + field + "': expected an array of strings.");
      }
      list.add(element.asText());
    }
    return list;
  }

  /** An object field, or null. */
  public ObjectNode optObject(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw ApiException.badRequest("Invalid value for '" + field + "': expected an object.");
    }
    return (ObjectNode) value;
  }

  /** An array field, or null. */
  public ArrayNode optArray(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw ApiException.badRequest("Invalid value for '" + field + "': expected an array.");
    }
    return (ArrayNode) value;
  }
}
