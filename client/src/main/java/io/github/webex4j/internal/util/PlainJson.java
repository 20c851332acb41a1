package io.github.webex4j.internal.util;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes plain trees (maps with string keys, lists, strings, booleans, {@code Integer}, {@code
 * Long}, {@code Double} and null) with jackson-core's generator alone, byte for byte as {@link
 * Json}'s mapper writes them (a test holds the two to that). Request bodies such as a message's are
 * such trees; writing them this way needs no databind serializers, whose set-up is a measurable
 * part of a short-lived process's start.
 */
final class PlainJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private PlainJson() {}

  /** The UTF-8 JSON of {@code value}, or empty if it is not a plain tree. */
  static Optional<byte[]> write(Object value) {
    if (!isPlain(value)) {
      return Optional.empty();
    }
    try (ByteArrayBuilder bytes = new ByteArrayBuilder()) {
      try (JsonGenerator generator = FACTORY.createGenerator(bytes)) {
        write(generator, value);
      }
      return Optional.of(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory failed", e);
    }
  }

  private static boolean isPlain(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Double) {
      return true;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String) || !isPlain(entry.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (!isPlain(item)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static void write(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof Integer number) {
      generator.writeNumber(number);
    } else if (value instanceof Long number) {
      generator.writeNumber(number);
    } else if (value instanceof Double number) {
      generator.writeNumber(number);
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName((String) entry.getKey());
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else {
      generator.writeStartArray();
      for (Object item : (List<?>) value) {
        write(generator, item);
      }
      generator.writeEndArray();
    }
  }
}
