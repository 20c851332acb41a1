package io.github.webex4j.internal.util;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link PlainJson} writes exactly what {@link Json}'s mapper writes, and only plain trees. */
class PlainJsonTest {
  private static final String[] TEXTS = {
    "",
    "Deploy **done**",
    "quote \" backslash \\ slash /",
    "tab\tnew\nline\r",
    "\u0000\u001f\u007f",
    "ünïcödé ✓ 🚀",
    "\ud800 lone surrogate",
    "</script>",
    "a".repeat(3000)
  };

  @Test
  void writesTheSameBytesAsTheMapperForHandPickedTrees() {
    Map<String, Object> withNulls = new LinkedHashMap<>();
    withNulls.put("roomId", "r1");
    withNulls.put("parentId", null);
    withNulls.put("files", Arrays.asList("u1", null));
    List<Object> trees =
        List.of(
            withNulls,
            Map.of(),
            List.of(),
            List.of(List.of(List.of())),
            Map.of("n", Long.MIN_VALUE, "i", Integer.MAX_VALUE, "b", false),
            List.of(0.0, -0.0, 1.0, 1e300, 4.9e-324, Double.NaN, Double.POSITIVE_INFINITY),
            List.of(TEXTS),
            "bare string",
            42,
            true);
    for (Object tree : trees) {
      assertSameAsMapper(tree);
    }
  }

  @Test
  void writesTheSameBytesAsTheMapperForRandomTrees() {
    Random random = new Random(20261207L);
    for (int i = 0; i < 2000; i++) {
      assertSameAsMapper(tree(random, 0));
    }
  }

  @Test
  void leavesEverythingElseToTheMapper() {
    Map<Object, Object> numberKey = new HashMap<>();
    numberKey.put(1, "one");
    List<Object> others =
        List.of(
            Instant.EPOCH,
            Set.of("a"),
            new String[] {"a"},
            1.5f,
            (short) 1,
            new java.math.BigDecimal("1.10"),
            numberKey,
            Map.of("deep", List.of(Map.of("when", Instant.EPOCH))),
            new Object() {});
    for (Object other : others) {
      assertThat(PlainJson.write(other)).as("%s", other).isEmpty();
    }
  }

  private static void assertSameAsMapper(Object tree) {
    byte[] plain = PlainJson.write(tree).orElseThrow();
    byte[] mapped = Json.writeWithMapper(tree);
    assertThat(new String(plain, UTF_8)).isEqualTo(new String(mapped, UTF_8));
    assertThat(plain).isEqualTo(mapped);
  }

  private static Object tree(Random random, int depth) {
    int kind = random.nextInt(depth >= 4 ? 6 : 8);
    return switch (kind) {
      case 0 -> null;
      case 1 -> TEXTS[random.nextInt(TEXTS.length)];
      case 2 -> random.nextBoolean();
      case 3 -> random.nextInt();
      case 4 -> random.nextLong();
      case 5 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
      case 6 -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          map.put(TEXTS[random.nextInt(TEXTS.length)] + i, tree(random, depth + 1));
        }
        yield map;
      }
      default -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          list.add(tree(random, depth + 1));
        }
        yield list;
      }
    };
  }
}
