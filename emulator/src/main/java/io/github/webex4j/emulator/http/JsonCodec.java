package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Reads and writes JSON with one immutable, thread-safe mapper (trees are built with {@link
 * io.github.webex4j.emulator.render.Json}).
 */
public final class JsonCodec {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private JsonCodec() {}

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
