package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.webex4j.messages.Message;
import io.github.webex4j.rooms.Room;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link JsonText} writes exactly what {@link Output}'s mapper writes, or declines. */
class JsonTextTest {
  private static final int VALUES_PER_RECORD = 60;

  private static final String[] TEXTS = {
    "", "Deploy **done**", "quote \" backslash \\ /", "tab\tnew\nline", "ünïcödé ✓ 🚀", "\u0000"
  };

  /** Public records of the client and the CLI: the results the CLI prints. */
  private static List<Class<?>> records() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.webex4j")
            .stream()
            .filter(c -> !c.getPackageName().startsWith("io.github.webex4j.internal"))
            .filter(c -> !c.getPackageName().startsWith("io.github.webex4j.emulator"))
            .map(JavaClass::reflect)
            .filter(Class::isRecord)
            .filter(c -> Modifier.isPublic(c.getModifiers()))
            .<Class<?>>map(c -> c)
            .toList();
  }

  @Test
  void writesWhatTheMapperWritesForRandomRecords() {
    Random random = new Random(20261207L);
    List<Class<?>> records = records();
    int written = 0;
    for (Class<?> type : records) {
      for (int i = 0; i < VALUES_PER_RECORD; i++) {
        Optional<Object> value = record(type, random, 0);
        if (value.isEmpty()) {
          continue; // its constructor refused the random values
        }
        boolean pretty = random.nextBoolean();
        Optional<String> text = JsonText.write(value.get(), pretty);
        if (text.isPresent()) {
          written++;
          assertThat(text.get()).isEqualTo(Output.mapperJson(value.get(), pretty));
        }
      }
    }
    assertThat(records).hasSizeGreaterThan(60);
    assertThat(written).isGreaterThan(records.size() * VALUES_PER_RECORD / 2);
  }

  @Test
  void writesEveryResponseRecordItself() {
    Random random = new Random(1L);
    for (Class<?> type : List.of(Message.class, Room.class)) {
      Object value = record(type, random, 0).orElseThrow();
      assertThat(JsonText.write(value, false)).as(type.getName()).isPresent();
    }
  }

  @Test
  void writesPlainTreesAsTheMapperDoes() {
    Random random = new Random(3L);
    for (int i = 0; i < 500; i++) {
      Object tree = any(random, 0);
      boolean pretty = random.nextBoolean();
      assertThat(JsonText.write(tree, pretty)).contains(Output.mapperJson(tree, pretty));
    }
  }

  @Test
  void declinesWhatItDoesNotKnow() {
    assertThat(JsonText.write(Map.of("timeout", Duration.ofSeconds(3)), false)).isEmpty();
    assertThat(JsonText.write(List.of(new Object()), false)).isEmpty();
    assertThat(JsonText.write(Map.of(1, "a"), false)).isEmpty();
    assertThat(Output.toJson(Map.of("timeout", Duration.ofSeconds(3))))
        .isEqualTo(Output.mapperJson(Map.of("timeout", Duration.ofSeconds(3)), false));
  }

  private static Optional<Object> record(Class<?> type, Random random, int depth) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] =
          random.nextInt(6) == 0 && !types[i].isPrimitive()
              ? null
              : value(components[i].getGenericType(), random, depth + 1);
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return Optional.of(constructor.newInstance(values));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Object value(Type type, Random random, int depth) {
    if (type instanceof ParameterizedType parameterized) {
      Type raw = parameterized.getRawType();
      if (raw == List.class || raw == Set.class || raw == java.util.Collection.class) {
        Type item = parameterized.getActualTypeArguments()[0];
        List<Object> items = new ArrayList<>();
        for (int n = depth > 3 ? 0 : random.nextInt(3); n > 0; n--) {
          items.add(value(item, random, depth + 1));
        }
        return raw == Set.class ? new LinkedHashSet<>(items) : items;
      }
      if (raw == Map.class) {
        Type valueType = parameterized.getActualTypeArguments()[1];
        Map<String, Object> map = new LinkedHashMap<>();
        for (int n = depth > 3 ? 0 : random.nextInt(3); n > 0; n--) {
          map.put("k" + random.nextInt(100), value(valueType, random, depth + 1));
        }
        return map;
      }
      return null;
    }
    if (!(type instanceof Class<?> raw)) {
      return null;
    }
    if (raw.isRecord()) {
      return depth > 3 ? null : record(raw, random, depth).orElse(null);
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (raw == String.class) {
      return TEXTS[random.nextInt(TEXTS.length)] + random.nextInt(100);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return random.nextBoolean();
    }
    if (raw == Integer.class || raw == int.class) {
      return random.nextInt();
    }
    if (raw == Long.class || raw == long.class) {
      return random.nextLong();
    }
    if (raw == Instant.class) {
      Instant instant = Instant.ofEpochMilli(random.nextLong() % 4_000_000_000_000L);
      return random.nextBoolean() ? instant : instant.plusNanos(random.nextInt(1_000_000));
    }
    if (raw == Duration.class) {
      return Duration.ofMillis(random.nextInt(100_000));
    }
    if (raw == Object.class) {
      return any(random, depth);
    }
    return null; // a type results do not hold (streams, paths, engines)
  }

  /** A value as JSON decodes into {@code Object}, plus the scalars results hold. */
  private static Object any(Random random, int depth) {
    return switch (random.nextInt(depth > 3 ? 10 : 12)) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> random.nextInt();
      case 3 -> random.nextLong();
      case 4 -> new BigInteger("98765432109876543210");
      case 5 -> random.nextDouble() * 1e6;
      case 6 -> List.of(Double.NaN, -0.0, 1e300).get(random.nextInt(3));
      case 7 -> TEXTS[random.nextInt(TEXTS.length)];
      case 8 -> new BigDecimal("1.50");
      case 9 -> Instant.ofEpochSecond(random.nextInt());
      case 10 -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int n = random.nextInt(4); n > 0; n--) {
          map.put("k" + random.nextInt(1000), any(random, depth + 1));
        }
        yield map;
      }
      default -> {
        List<Object> items = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
          items.add(any(random, depth + 1));
        }
        yield items;
      }
    };
  }
}
