package io.github.webex4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the CLI's JSON output with jackson-core's generator alone, to the same text {@link
 * Output}'s mapper writes (a test holds the two to that): a record as an object of its non-null
 * components in declaration order, maps (string keys, null values kept) and collections as they
 * are, instants as ISO-8601 text, enums as {@link Output#enumText}. It declines any other value
 * (returns empty), which then goes to the mapper. Why: building the mapper (with its date-time
 * module) costs a short {@code -o json} command about as long as its whole HTTP exchange.
 */
final class JsonText {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static final Set<Class<?>> SCALARS =
      Set.of(
          String.class,
          Boolean.class,
          Integer.class,
          Long.class,
          Double.class,
          BigInteger.class,
          BigDecimal.class,
          Instant.class);

  /** Records the mapper writes as exactly their components (no other bean getters). */
  private static final ClassValue<Boolean> PLAIN_RECORDS =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return type.isRecord() && Modifier.isPublic(type.getModifiers()) && !hasOtherGetter(type);
        }
      };

  private JsonText() {}

  /** The JSON of {@code value}, indented if {@code pretty}, or empty if it is not one it takes. */
  static Optional<String> write(Object value, boolean pretty) {
    if (!isPlain(value)) {
      return Optional.empty();
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      if (pretty) {
        generator.useDefaultPrettyPrinter();
      }
      write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory failed", e);
    }
    return Optional.of(text.toString());
  }

  private static boolean isPlain(Object value) {
    if (value == null || value instanceof Enum<?> || SCALARS.contains(value.getClass())) {
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
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        if (!isPlain(item)) {
          return false;
        }
      }
      return true;
    }
    if (!PLAIN_RECORDS.get(value.getClass())) {
      return false;
    }
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      if (!isPlain(read(value, component))) {
        return false;
      }
    }
    return true;
  }

  private static void write(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String text) {
      out.writeString(text);
    } else if (value instanceof Boolean flag) {
      out.writeBoolean(flag);
    } else if (value instanceof Integer number) {
      out.writeNumber(number);
    } else if (value instanceof Long number) {
      out.writeNumber(number);
    } else if (value instanceof Double number) {
      out.writeNumber(number);
    } else if (value instanceof BigInteger number) {
      out.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      out.writeNumber(number);
    } else if (value instanceof Instant instant) {
      out.writeString(instant.toString());
    } else if (value instanceof Enum<?> constant) {
      out.writeString(Output.enumText(constant));
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.writeFieldName((String) entry.getKey());
        write(out, entry.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof Collection<?> items) {
      out.writeStartArray();
      for (Object item : items) {
        write(out, item);
      }
      out.writeEndArray();
    } else {
      out.writeStartObject();
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        Object field = read(value, component);
        if (field != null) {
          out.writeFieldName(component.getName());
          write(out, field);
        }
      }
      out.writeEndObject();
    }
  }

  /**
   * Whether {@code record} has a public {@code getX()} or {@code isX()} besides its accessors: the
   * mapper would write it as one more property.
   */
  private static boolean hasOtherGetter(Class<?> record) {
    Set<String> accessors =
        Set.of(
            Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .toArray(String[]::new));
    for (Method method : record.getMethods()) {
      String name = method.getName();
      boolean getter =
          (name.startsWith("get") && name.length() > 3)
              || (name.startsWith("is") && name.length() > 2);
      if (getter
          && method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() != Object.class
          && !accessors.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static Object read(Object record, RecordComponent component) {
    return Output.Records.read(record, component);
  }
}
