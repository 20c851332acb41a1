package io.github.webex4j.internal.util;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.webex4j.WireValue;
import io.github.webex4j.messages.Message;
import io.github.webex4j.models.ResponseModels;
import io.github.webex4j.people.Person;
import io.github.webex4j.rooms.Room;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordReader} reads what {@link Json}'s mapper reads, to an equal record written back to
 * the same bytes, or declines; and it declines no well-typed document.
 */
class RecordReaderTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int DOCUMENTS_PER_MODEL = 120;

  private static final String[] TEXTS = {
    "", "Deploy **done**", "quote \" backslash \\", "tab\tnew\nline", "ünïcödé ✓ 🚀", "\u0000"
  };

  /** A JSON object as written: fields in order, a key possibly repeated. */
  private record Fields(List<Map.Entry<String, Object>> entries) {}

  /** A number written as this exact text. */
  private record Raw(String text) {}

  /** What one document was generated as. */
  private static final class Shape {
    boolean oddities;
  }

  @Test
  void readsEveryResponseModelAsTheMapperDoesOrDeclines() {
    Random random = new Random(20261207L);
    List<Class<?>> models = ResponseModels.all();
    int read = 0;
    int declined = 0;
    for (Class<?> model : models) {
      assertThat(RecordReader.supports(model)).as(model.getName()).isTrue();
      for (int i = 0; i < DOCUMENTS_PER_MODEL; i++) {
        Shape shape = new Shape();
        boolean withOddities = random.nextInt(3) == 0;
        byte[] json = json(recordValue(model, random, withOddities, shape, 0));
        Optional<?> quick = RecordReader.read(json, model);
        Optional<?> expected = readWithMapper(json, model);
        if (quick.isPresent()) {
          read++;
          assertThat(expected).as("read what the mapper rejects: %s", text(json)).isPresent();
          assertSameAsMapper(quick.get(), expected.get(), json);
        } else {
          declined++;
          assertThat(shape.oddities || expected.isEmpty())
              .as("declined a well-typed %s: %s", model, text(json))
              .isTrue();
        }
      }
    }
    assertThat(models).hasSizeGreaterThan(40);
    // Both paths are exercised: most documents are read, the odd ones partly declined.
    assertThat(read).isGreaterThan(declined);
    assertThat(declined).isGreaterThan(models.size());
  }

  @Test
  void readsEnvelopesAsTheMapperDoesOrDeclines() throws IOException {
    Random random = new Random(7L);
    for (Class<?> model : List.of(Message.class, Room.class, Person.class)) {
      for (int i = 0; i < DOCUMENTS_PER_MODEL; i++) {
        Shape shape = new Shape();
        boolean withOddities = random.nextInt(3) == 0;
        List<Map.Entry<String, Object>> fields = new ArrayList<>();
        List<Object> items = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
          items.add(recordValue(model, random, withOddities, shape, 0));
        }
        fields.add(new SimpleEntry<>("items", items));
        if (random.nextBoolean()) {
          fields.add(new SimpleEntry<>("notFoundIds", List.of("a", "b")));
        }
        if (withOddities && random.nextInt(4) == 0) {
          shape.oddities = true;
          fields.add(new SimpleEntry<>("items", null));
        }
        Collections.shuffle(fields, random);
        byte[] json = json(new Fields(fields));
        Optional<? extends Json.Envelope<?>> quick = RecordReader.readEnvelope(json, model);
        if (!shape.oddities) {
          assertThat(quick).as("declined %s", text(json)).isPresent();
        }
        if (quick.isPresent()) {
          assertSameAsMapper(quick.get(), Json.readEnvelopeWithMapper(json, model), json);
        }
      }
    }
  }

  @Test
  void declinesWhatItDoesNotTake() {
    assertThat(RecordReader.read("[]".getBytes(UTF_8), Room.class)).isEmpty();
    assertThat(RecordReader.read("{\"title\":".getBytes(UTF_8), Room.class)).isEmpty();
    assertThat(RecordReader.read("{\"title\":7}".getBytes(UTF_8), Room.class)).isEmpty();
    assertThat(RecordReader.read("{\"created\":\"today\"}".getBytes(UTF_8), Room.class)).isEmpty();
    assertThat(RecordReader.read("{\"id\":\"a\",\"id\":\"b\"}".getBytes(UTF_8), Room.class))
        .isEmpty();
    assertThat(RecordReader.read("{}".getBytes(UTF_8), String.class)).isEmpty();
    assertThat(RecordReader.supports(Map.class)).isFalse();
  }

  @Test
  void readsAPlainMessageWithoutTheMapper() throws IOException {
    byte[] json =
        ("{\"id\":\"m1\",\"roomId\":\"r1\",\"roomType\":\"group\",\"text\":\"hi\","
                + "\"personEmail\":\"a@example.com\",\"created\":\"2026-12-07T09:12:01.881Z\","
                + "\"mentionedPeople\":[\"p1,p2\"],\"isVoiceClip\":false,\"newField\":{\"a\":[1]}}")
            .getBytes(UTF_8);

    Message message = RecordReader.read(json, Message.class).orElseThrow();

    assertThat(message.created()).isEqualTo(Instant.parse("2026-12-07T09:12:01.881Z"));
    assertThat(message.mentionedPeople()).containsExactly("p1", "p2");
    assertThat(message.extra()).isEqualTo(Map.of("newField", Map.of("a", List.of(1))));
    assertSameAsMapper(message, Json.readWithMapper(json, Message.class), json);
  }

  /** The mapper's reading, or empty if it rejects the input. */
  private static Optional<?> readWithMapper(byte[] json, Class<?> model) {
    try {
      return Optional.of(Json.readWithMapper(json, model));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Equal records, written to the same bytes once the keys of each {@code extra} are sorted: the
   * mapper keeps a record's unknown properties in hash order (jackson-databind collects them into a
   * {@code HashMap}), the reader in wire order.
   */
  private static void assertSameAsMapper(Object quick, Object expected, byte[] json) {
    assertThat(quick).as(text(json)).isEqualTo(expected);
    assertThat(text(Json.writeWithMapper(sortedExtras(quick))))
        .as(text(json))
        .isEqualTo(text(Json.writeWithMapper(sortedExtras(expected))));
  }

  /** A copy of {@code value} with the keys of every record's {@code extra} in sorted order. */
  private static Object sortedExtras(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(RecordReaderTest::sortedExtras).toList();
    }
    if (value instanceof Json.Envelope<?> envelope) {
      return new Json.Envelope<>((List<?>) sortedExtras(envelope.items()), envelope.others());
    }
    if (!(value instanceof Record record)) {
      return value;
    }
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        Object component = components[i].getAccessor().invoke(record);
        values[i] =
            components[i].getName().equals("extra")
                ? new TreeMap<>((Map<?, ?>) component)
                : sortedExtras(component);
        types[i] = components[i].getType();
      }
      return record.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  // ---- random documents ----

  private static Object recordValue(
      Class<?> type, Random random, boolean withOddities, Shape shape, int depth) {
    List<Map.Entry<String, Object>> fields = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals("extra") || random.nextInt(6) == 0) {
        continue;
      }
      String name = component.getName();
      List<String> aliases = WireNames.aliases(type, name);
      if (!aliases.isEmpty() && random.nextBoolean()) {
        name = aliases.get(0);
      }
      Object value =
          random.nextInt(8) == 0
              ? null
              : value(component.getGenericType(), random, withOddities, shape, depth + 1);
      if (value == null && component.getType().isPrimitive()) {
        shape.oddities = true; // the mapper reads it as false, the reader declines
      }
      fields.add(new SimpleEntry<>(name, value));
      if (withOddities && random.nextInt(40) == 0) {
        shape.oddities = true;
        fields.add(new SimpleEntry<>(name, value));
      }
    }
    for (int n = random.nextInt(3); n > 0; n--) {
      String name = random.nextInt(4) == 0 ? "extra" : "newField" + random.nextInt(5);
      if (fields.stream().anyMatch(field -> field.getKey().equals(name))) {
        shape.oddities = true; // a repeated unknown key
      }
      fields.add(new SimpleEntry<>(name, any(random, withOddities, shape, depth + 1)));
    }
    Collections.shuffle(fields, random);
    return new Fields(fields);
  }

  private static Object value(
      Type type, Random random, boolean withOddities, Shape shape, int depth) {
    if (withOddities && random.nextInt(12) == 0) {
      shape.oddities = true;
      return oddValue(random, shape, depth);
    }
    if (type instanceof ParameterizedType parameterized) {
      if (parameterized.getRawType() == List.class) {
        List<Object> items = new ArrayList<>();
        for (int n = depth > 3 ? 0 : random.nextInt(3); n > 0; n--) {
          items.add(value(parameterized.getActualTypeArguments()[0], random, false, shape, depth));
        }
        return items;
      }
      return freeFormObject(random, withOddities, shape, depth);
    }
    Class<?> raw = (Class<?>) type;
    if (raw.isRecord()) {
      return recordValue(raw, random, withOddities, shape, depth);
    }
    if (raw.isEnum()) {
      return enumText(raw, random);
    }
    if (raw == String.class) {
      return TEXTS[random.nextInt(TEXTS.length)] + random.nextInt(100);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return random.nextBoolean();
    }
    if (raw == Integer.class) {
      return random.nextInt(2000) - 1000;
    }
    if (raw == Long.class) {
      return random.nextBoolean() ? random.nextLong() : (long) random.nextInt(100);
    }
    if (raw == Instant.class) {
      return instantValue(random);
    }
    return any(random, withOddities, shape, depth);
  }

  private static Object enumText(Class<?> type, Random random) {
    Object[] constants = type.getEnumConstants();
    Object constant = constants[random.nextInt(constants.length)];
    String text =
        constant instanceof WireValue wire && random.nextBoolean()
            ? wire.wireValue()
            : ((Enum<?>) constant).name();
    return switch (random.nextInt(4)) {
      case 0 -> text.toLowerCase(java.util.Locale.ROOT);
      case 1 -> text.replace("_", "-");
      case 2 -> "somethingNew" + random.nextInt(3);
      default -> text;
    };
  }

  private static Object instantValue(Random random) {
    Instant instant = Instant.ofEpochMilli(random.nextLong() % 4_000_000_000_000L);
    return switch (random.nextInt(6)) {
      case 0 -> instant.atOffset(ZoneOffset.ofHours(random.nextInt(24) - 12)).toString();
      case 1 -> " " + instant + " ";
      case 2 -> "";
      case 3 -> new Raw(instant.getEpochSecond() + "." + random.nextInt(1_000_000_000));
      case 4 -> instant.getEpochSecond();
      default -> instant.toString();
    };
  }

  /** A value of the wrong kind for most types: coercions, bare values, nulls in lists. */
  private static Object oddValue(Random random, Shape shape, int depth) {
    return switch (random.nextInt(9)) {
      case 0 -> "true";
      case 1 -> "12";
      case 2 -> 7;
      case 3 -> new Raw("1.5");
      case 4 -> new Raw("123456789012345678901234567890");
      case 5 -> Collections.singletonList(null);
      case 6 -> "not an instant";
      case 7 -> true;
      default -> any(random, true, shape, depth);
    };
  }

  private static Object freeFormObject(
      Random random, boolean withOddities, Shape shape, int depth) {
    List<Map.Entry<String, Object>> fields = new ArrayList<>();
    for (int n = depth > 4 ? 0 : random.nextInt(4); n > 0; n--) {
      String name = "k" + random.nextInt(withOddities ? 4 : 1000);
      if (fields.stream().anyMatch(field -> field.getKey().equals(name))) {
        shape.oddities = true; // a repeated key
      }
      fields.add(new SimpleEntry<>(name, any(random, withOddities, shape, depth + 1)));
    }
    return new Fields(fields);
  }

  private static Object any(Random random, boolean withOddities, Shape shape, int depth) {
    int kinds = depth > 4 ? 9 : 11;
    return switch (random.nextInt(kinds)) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> random.nextInt();
      case 3 -> random.nextLong();
      case 4 -> new Raw("98765432109876543210");
      case 5 -> random.nextDouble() * 1e6;
      case 6 -> new Raw(random.nextBoolean() ? "-0.0" : "1e400");
      case 7 -> TEXTS[random.nextInt(TEXTS.length)];
      case 8 -> new Raw("1.0");
      case 9 -> freeFormObject(random, withOddities, shape, depth);
      default -> {
        List<Object> items = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
          items.add(any(random, withOddities, shape, depth + 1));
        }
        yield items;
      }
    };
  }

  // ---- writing ----

  private static byte[] json(Object tree) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator generator = FACTORY.createGenerator(bytes)) {
      write(generator, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void write(JsonGenerator generator, Object node) throws IOException {
    if (node instanceof Fields fields) {
      generator.writeStartObject();
      for (Map.Entry<String, Object> field : fields.entries()) {
        generator.writeFieldName(field.getKey());
        write(generator, field.getValue());
      }
      generator.writeEndObject();
    } else if (node instanceof List<?> list) {
      generator.writeStartArray();
      for (Object item : list) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else if (node instanceof Raw raw) {
      generator.writeNumber(raw.text());
    } else if (node instanceof String text) {
      generator.writeString(text);
    } else if (node instanceof Boolean flag) {
      generator.writeBoolean(flag);
    } else if (node instanceof Integer number) {
      generator.writeNumber(number);
    } else if (node instanceof Long number) {
      generator.writeNumber(number);
    } else if (node instanceof Double number) {
      generator.writeNumber(number);
    } else if (node == null) {
      generator.writeNull();
    } else {
      throw new IllegalArgumentException("not a document node: " + node.getClass());
    }
  }

  private static String text(byte[] json) {
    return new String(json, UTF_8);
  }
}
