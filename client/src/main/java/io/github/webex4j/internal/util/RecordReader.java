package io.github.webex4j.internal.util;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON into the API records with jackson-core's parser alone, to the same record {@link
 * Json}'s mapper reads from the same bytes, or declines. It takes records whose components are
 * strings, {@code Boolean}, {@code boolean}, {@code Integer}, {@code Long}, {@link Instant}s,
 * enums, such records, lists of these, free-form maps and values, and follows the mapper's
 * conventions for them ({@link WireNames}, {@link LenientEnum}, {@link InstantJson}). It declines
 * any input the mapper reads through a coercion or an error path: a number where text is expected,
 * a bare value where a list is, a null list item, a repeated key, text that is not an instant, a
 * constructor that throws, malformed JSON. The caller then gives the same bytes to the mapper,
 * which reads them or reports the problem as it always has; a test holds the two equal over random
 * documents of every response model. Why it exists: building the mapper and a record's deserializer
 * takes a short-lived process longer than its whole HTTP exchange, and most answers are plain.
 */
final class RecordReader {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static final ClassValue<Optional<RecordPlan>> PLANS =
      new ClassValue<>() {
        @Override
        protected Optional<RecordPlan> computeValue(Class<?> type) {
          return type.isRecord() ? RecordPlan.of(type, new HashSet<>()) : Optional.empty();
        }
      };

  private RecordReader() {}

  /** Whether {@code type} is a record this reader can read (its plan is built and kept). */
  static boolean supports(Class<?> type) {
    return PLANS.get(type).isPresent();
  }

  /** {@code json} as a {@code type}, or empty if this reader declines it. */
  static <T> Optional<T> read(byte[] json, Class<T> type) {
    Optional<RecordPlan> plan = PLANS.get(type);
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      return Optional.of(type.cast(plan.get().read(parser)));
    } catch (IOException | Declined | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A list envelope {@code {"items":[...], ...}} of {@code itemType}, as {@link
   * Json#readEnvelope(byte[], Class)} reads it, or empty if this reader declines it.
   */
  static <T> Optional<Json.Envelope<T>> readEnvelope(byte[] json, Class<T> itemType) {
    Optional<RecordPlan> plan = PLANS.get(itemType);
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      List<T> items = null;
      Map<String, Object> others = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!"items".equals(field)) {
          putOnce(others, field, Scalar.ANY.read(parser));
        } else if (items != null) {
          throw Declined.INSTANCE;
        } else if (value == JsonToken.VALUE_NULL) {
          items = List.of();
        } else if (value == JsonToken.START_ARRAY) {
          items = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(itemType.cast(nonNull(plan.get().read(parser))));
          }
        } else {
          throw Declined.INSTANCE;
        }
      }
      return Optional.of(
          new Json.Envelope<>(
              items == null ? List.of() : List.copyOf(items), Extras.copyOf(others)));
    } catch (IOException | Declined | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Reads one value whose first token is the parser's current one, leaving it on the last. */
  private interface ValueReader {
    Object read(JsonParser parser) throws IOException, Declined;
  }

  /** The reader of a component's type, or empty if the type is not one this reader takes. */
  private static Optional<? extends ValueReader> readerOf(Type type, Set<Class<?>> enclosing) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (parameterized.getRawType() == List.class) {
        return readerOf(arguments[0], enclosing).map(ListReader::new);
      }
      boolean freeForm =
          parameterized.getRawType() == Map.class
              && arguments[0] == String.class
              && arguments[1] == Object.class;
      return freeForm ? Optional.of(Scalar.MAP) : Optional.empty();
    }
    if (!(type instanceof Class<?> raw)) {
      return Optional.empty();
    }
    if (raw.isEnum()) {
      return Optional.of(new EnumReader(LenientEnum.of(raw)));
    }
    if (raw.isRecord()) {
      return RecordPlan.of(raw, enclosing);
    }
    return Optional.ofNullable(Scalar.BY_TYPE.get(raw));
  }

  /** What the mapper gives a component absent from the input: false for a {@code boolean}. */
  private static Object absentValue(Class<?> type) {
    return type == boolean.class ? Boolean.FALSE : null;
  }

  private static Object nonNull(Object value) throws Declined {
    if (value == null) {
      throw Declined.INSTANCE;
    }
    return value;
  }

  private static void putOnce(Map<String, Object> map, String key, Object value) throws Declined {
    if (map.containsKey(key)) {
      throw Declined.INSTANCE;
    }
    map.put(key, value);
  }

  /** How to read one record type: its components' readers and wire names. */
  private static final class RecordPlan implements ValueReader {
    private final Constructor<?> constructor;
    private final ValueReader[] readers;
    private final Object[] absentValues;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final int extra;

    private RecordPlan(
        Constructor<?> constructor, ValueReader[] readers, Object[] absentValues, int extra) {
      this.constructor = constructor;
      this.readers = readers;
      this.absentValues = absentValues;
      this.extra = extra;
    }

    /** The plan of {@code type}, or empty if a component's type is not one this reader takes. */
    static Optional<RecordPlan> of(Class<?> type, Set<Class<?>> enclosing) {
      if (!enclosing.add(type)) {
        return Optional.empty(); // a record that holds itself: left to the mapper
      }
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] parameterTypes = new Class<?>[components.length];
      ValueReader[] readers = new ValueReader[components.length];
      Object[] absentValues = new Object[components.length];
      int extra = -1;
      for (int i = 0; i < components.length; i++) {
        RecordComponent component = components[i];
        parameterTypes[i] = component.getType();
        absentValues[i] = absentValue(component.getType());
        if (component.getName().equals(WireNames.EXTRA) && component.getType() == Map.class) {
          extra = i;
        }
        Optional<? extends ValueReader> reader = readerOf(component.getGenericType(), enclosing);
        if (reader.isEmpty()) {
          return Optional.empty();
        }
        readers[i] = reader.get();
      }
      enclosing.remove(type);
      Constructor<?> constructor;
      try {
        constructor = type.getDeclaredConstructor(parameterTypes);
      } catch (NoSuchMethodException e) {
        return Optional.empty();
      }
      RecordPlan plan = new RecordPlan(constructor, readers, absentValues, extra);
      for (int i = 0; i < components.length; i++) {
        if (i != extra) {
          String name = components[i].getName();
          plan.indexByName.put(name, i);
          for (String alias : WireNames.aliases(type, name)) {
            plan.indexByName.put(alias, i);
          }
        }
      }
      return Optional.of(plan);
    }

    @Override
    public Object read(JsonParser parser) throws IOException, Declined {
      JsonToken start = parser.currentToken();
      if (start == JsonToken.VALUE_NULL) {
        return null;
      }
      if (start != JsonToken.START_OBJECT) {
        throw Declined.INSTANCE;
      }
      Object[] values = absentValues.clone();
      boolean[] seen = new boolean[readers.length];
      Map<String, Object> unknown = extra >= 0 ? new LinkedHashMap<>() : null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        Integer index = indexByName.get(name);
        if (index != null) {
          if (seen[index]) {
            throw Declined.INSTANCE;
          }
          seen[index] = true;
          values[index] = readers[index].read(parser);
        } else if (unknown != null) {
          putOnce(unknown, name, Scalar.ANY.read(parser));
        } else {
          parser.skipChildren();
        }
      }
      if (unknown != null) {
        values[extra] = unknown;
      }
      try {
        return constructor.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw Declined.INSTANCE;
      }
    }
  }

  /** A JSON array of one item type; null items are declined. */
  private record ListReader(ValueReader item) implements ValueReader {
    @Override
    public Object read(JsonParser parser) throws IOException, Declined {
      JsonToken start = parser.currentToken();
      if (start == JsonToken.VALUE_NULL) {
        return null;
      }
      if (start != JsonToken.START_ARRAY) {
        throw Declined.INSTANCE;
      }
      List<Object> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(nonNull(item.read(parser)));
      }
      return items;
    }
  }

  /** An enum written as text. */
  private record EnumReader(LenientEnum lookup) implements ValueReader {
    @Override
    public Object read(JsonParser parser) throws IOException, Declined {
      return switch (parser.currentToken()) {
        case VALUE_STRING -> lookup.valueOf(parser.getText());
        case VALUE_NULL -> null;
        default -> throw Declined.INSTANCE;
      };
    }
  }

  /** The readers of the non-generic types, and of free-form values. */
  private enum Scalar implements ValueReader {
    TEXT {
      @Override
      public Object read(JsonParser parser) throws IOException, Declined {
        return switch (parser.currentToken()) {
          case VALUE_STRING -> parser.getText();
          case VALUE_NULL -> null;
          default -> throw Declined.INSTANCE;
        };
      }
    },
    BOOLEAN {
      @Override
      public Object read(JsonParser parser) throws Declined {
        return switch (parser.currentToken()) {
          case VALUE_TRUE -> Boolean.TRUE;
          case VALUE_FALSE -> Boolean.FALSE;
          case VALUE_NULL -> null;
          default -> throw Declined.INSTANCE;
        };
      }
    },
    /** A {@code boolean}: true or false, not null. */
    PRIMITIVE_BOOLEAN {
      @Override
      public Object read(JsonParser parser) throws Declined {
        return switch (parser.currentToken()) {
          case VALUE_TRUE -> Boolean.TRUE;
          case VALUE_FALSE -> Boolean.FALSE;
          default -> throw Declined.INSTANCE;
        };
      }
    },
    INTEGER {
      @Override
      public Object read(JsonParser parser) throws IOException, Declined {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT
            && parser.getNumberType() == JsonParser.NumberType.INT) {
          return parser.getIntValue();
        }
        return nullOrDecline(token);
      }
    },
    LONG {
      @Override
      public Object read(JsonParser parser) throws IOException, Declined {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT
            && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          return parser.getLongValue();
        }
        return nullOrDecline(token);
      }
    },
    INSTANT {
      @Override
      public Object read(JsonParser parser) throws IOException, Declined {
        return switch (parser.currentToken()) {
          case VALUE_STRING -> InstantJson.fromText(parser.getText());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
              InstantJson.fromEpochSeconds(parser.getDecimalValue());
          case VALUE_NULL -> null;
          default -> throw Declined.INSTANCE;
        };
      }
    },
    /** A free-form object: {@code Map<String, Object>}. */
    MAP {
      @Override
      public Object read(JsonParser parser) throws IOException, Declined {
        JsonToken token = parser.currentToken();
        return token == JsonToken.START_OBJECT ? ANY.read(parser) : nullOrDecline(token);
      }
    },
    /**
     * A free-form value as the mapper reads {@code Object}: objects as insertion-ordered maps,
     * arrays as lists, numbers as the parser's {@code Integer}, {@code Long}, {@code BigInteger} or
     * {@code Double}.
     */
    ANY {
      @Override
      public Object read(JsonParser parser) throws IOException, Declined {
        switch (parser.currentToken()) {
          case START_OBJECT -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String name = parser.currentName();
              parser.nextToken();
              putOnce(fields, name, read(parser));
            }
            return fields;
          }
          case START_ARRAY -> {
            List<Object> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              items.add(read(parser));
            }
            return items;
          }
          case VALUE_STRING -> {
            return parser.getText();
          }
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
            return parser.getNumberValue();
          }
          case VALUE_TRUE -> {
            return Boolean.TRUE;
          }
          case VALUE_FALSE -> {
            return Boolean.FALSE;
          }
          case VALUE_NULL -> {
            return null;
          }
          default -> throw Declined.INSTANCE;
        }
      }
    };

    static final Map<Class<?>, Scalar> BY_TYPE =
        Map.of(
            String.class, TEXT,
            Boolean.class, BOOLEAN,
            Integer.class, INTEGER,
            Long.class, LONG,
            Instant.class, INSTANT,
            Object.class, ANY,
            boolean.class, PRIMITIVE_BOOLEAN);

    private static Object nullOrDecline(JsonToken token) throws Declined {
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      throw Declined.INSTANCE;
    }
  }

  /** This reader does not take the input; the mapper is to read it. */
  private static final class Declined extends Exception {
    private static final long serialVersionUID = 1L;
    static final Declined INSTANCE = new Declined();

    private Declined() {
      super("declined", null, false, false);
    }
  }
}
