package io.github.webex4j.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.WireValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  enum RoomType {
    DIRECT,
    GROUP,
    UNKNOWN
  }

  enum NoFallback {
    A
  }

  enum Sort implements WireValue {
    LAST_ACTIVITY,
    CREATED;

    @Override
    public String wireValue() {
      return this == LAST_ACTIVITY ? "lastactivity" : "created";
    }
  }

  record Model(
      String id, RoomType type, List<String> tags, Instant created, Boolean locked, Object extra) {
    Model {
      tags = tags == null ? List.of() : List.copyOf(tags);
    }
  }

  record Request(String title, Sort sortBy, String teamId, NoFallback other) {}

  record Part(String name, Map<String, Object> extra) {
    Part {
      extra = Extras.copyOf(extra);
    }
  }

  record Whole(String id, List<Part> parts, Part main, Map<String, Object> extra) {
    Whole {
      parts = parts == null ? List.of() : List.copyOf(parts);
      extra = Extras.copyOf(extra);
    }

    Whole(String id) {
      this(id, List.of(), null, Map.of());
    }
  }

  @Test
  void decodesRecordIgnoringUnknownFieldsWithDefaults() throws Exception {
    Model model =
        Json.read(
            "{\"id\":\"x\",\"type\":\"group\",\"created\":\"2015-12-22T10:36:52.660Z\","
                + "\"brandNew\":{\"a\":1},\"extra\":{\"k\":[1,\"v\"]}}",
            Model.class);

    assertThat(model.id()).isEqualTo("x");
    assertThat(model.type()).isEqualTo(RoomType.GROUP);
    assertThat(model.tags()).isEmpty();
    assertThat(model.created()).isEqualTo(Instant.parse("2015-12-22T10:36:52.660Z"));
    assertThat(model.locked()).isNull();
    assertThat(model.extra()).isEqualTo(Map.of("k", List.of(1, "v")));
  }

  @Test
  void unknownPropertiesLandInExtraAtEveryLevel() throws Exception {
    Whole whole =
        Json.read(
            "{\"id\":\"w\",\"zeta\":1,\"parts\":[{\"name\":\"a\",\"new\":[true,null]}],"
                + "\"main\":{\"name\":\"m\"},\"alpha\":{\"k\":\"v\"},\"none\":null,"
                + "\"extra\":\"a field really named extra\"}",
            Whole.class);

    assertThat(whole.id()).isEqualTo("w");
    assertThat(whole.extra()).containsOnlyKeys("zeta", "alpha", "none", "extra");
    assertThat(whole.extra())
        .containsEntry("zeta", 1)
        .containsEntry("alpha", Map.of("k", "v"))
        .containsEntry("none", null)
        .containsEntry("extra", "a field really named extra");
    assertThat(whole.parts().get(0).extra()).containsOnlyKeys("new");
    assertThat(whole.main().extra()).isEmpty();
    assertThatThrownBy(() -> whole.extra().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((Map<?, ?>) whole.extra().get("alpha")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void extraIsNeverNullAndIsWrittenBackFlat() throws Exception {
    assertThat(Json.read("{\"id\":\"w\"}", Whole.class).extra()).isEmpty();
    assertThat(Json.read("{\"id\":\"w\"}", Whole.class)).isEqualTo(new Whole("w"));

    String json = "{\"id\":\"w\",\"parts\":[],\"later\":{\"x\":[1,2]}}";
    assertThat(new String(Json.write(Json.read(json, Whole.class)), StandardCharsets.UTF_8))
        .isEqualTo(json);
  }

  @Test
  void enumsMatchNormalisedNamesAndFallBackToUnknown() throws Exception {
    assertThat(Json.read("{\"type\":\"DIRECT\"}", Model.class).type()).isEqualTo(RoomType.DIRECT);
    assertThat(Json.read("{\"type\":\"Gr-o_up \"}", Model.class).type()).isEqualTo(RoomType.GROUP);
    assertThat(Json.read("{\"type\":\"team\"}", Model.class).type()).isEqualTo(RoomType.UNKNOWN);
    assertThat(Json.read("{\"type\":null}", Model.class).type()).isNull();
    assertThat(Json.read("{\"other\":\"zzz\"}", Request.class).other()).isNull();
    assertThat(Json.read("{\"sortBy\":\"lastactivity\"}", Request.class).sortBy())
        .isEqualTo(Sort.LAST_ACTIVITY);
  }

  @Test
  void writesWireValuesAndOmitsNulls() {
    byte[] json = Json.write(new Request("Dev", Sort.LAST_ACTIVITY, null, NoFallback.A));

    assertThat(new String(json, StandardCharsets.UTF_8))
        .isEqualTo("{\"title\":\"Dev\",\"sortBy\":\"lastactivity\",\"other\":\"A\"}");
  }

  @Test
  void writesInstantsAsIso() {
    record When(Instant at) {}

    assertThat(new String(Json.write(new When(Instant.parse("2026-01-02T03:04:05.120Z")))))
        .isEqualTo("{\"at\":\"2026-01-02T03:04:05.120Z\"}");
  }

  @Test
  void readsInstantsInEveryFormTheTimeModuleRead() throws Exception {
    record When(Instant at) {}

    assertThat(Json.read("{\"at\":\"2026-01-02T03:04:05.120Z\"}".getBytes(), When.class).at())
        .isEqualTo(Instant.parse("2026-01-02T03:04:05.120Z"));
    assertThat(Json.read("{\"at\":\"2026-01-02T04:04:05+01:00\"}".getBytes(), When.class).at())
        .isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(Json.read("{\"at\":1767323045.5}".getBytes(), When.class).at())
        .isEqualTo(Instant.parse("2026-01-02T03:04:05.500Z"));
    assertThat(Json.read("{\"at\":\"\"}".getBytes(), When.class).at()).isNull();
    assertThatThrownBy(() -> Json.read("{\"at\":\"yesterday\"}".getBytes(), When.class))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("yesterday");
  }

  @Test
  void readsItemsEnvelope() throws Exception {
    assertThat(Json.readItems("{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}]}", Model.class))
        .extracting(Model::id)
        .containsExactly("a", "b");
    assertThat(Json.readItems("{\"notFoundIds\":[]}", Model.class)).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Json.readItems("{\"items\":{}}", Model.class))
        .isInstanceOf(java.io.IOException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.readItems("[]", Model.class))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void streamsItemsFromBytesSkippingOtherFields() throws Exception {
    byte[] page =
        ("{\"before\":{\"items\":[{\"id\":\"nested\"}]},\"items\":[{\"id\":\"a\","
                + "\"type\":\"direct\",\"tags\":[\"t\"],\"extra\":[{\"items\":1}]},"
                + "{\"id\":\"\u00e9\"}],\"notFoundIds\":[\"z\"]}")
            .getBytes(StandardCharsets.UTF_8);

    List<Model> items = Json.readItems(page, Model.class);

    assertThat(items).extracting(Model::id).containsExactly("a", "\u00e9");
    assertThat(items.get(0).type()).isEqualTo(RoomType.DIRECT);
    assertThat(items.get(0).tags()).containsExactly("t");
    assertThat(items.get(0).extra()).isEqualTo(List.of(Map.of("items", 1)));
    assertThat(Json.readItems("{\"items\":null}".getBytes(StandardCharsets.UTF_8), Model.class))
        .isEmpty();
  }

  @Test
  void rejectsBrokenEnvelopes() {
    for (String broken :
        List.of(
            "",
            "null",
            "{\"items\":[null]}",
            "{\"items\":[{\"id\":\"a\"}",
            "{\"items\":[{\"id\":\"a\"}]",
            "{\"items\":[1]}",
            "{\"items\":\"a\"}")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> Json.readItems(broken.getBytes(StandardCharsets.UTF_8), Model.class))
          .as(broken)
          .isInstanceOf(java.io.IOException.class);
    }
  }

  /** Jackson can build no reader for this: its only constructor takes a thread. */
  private static final class Unreadable {
    private Unreadable(Thread unused) {}
  }

  record Prepared(String id, Instant created) {}

  @Test
  void prepareSkipsTypesItCannotReadAndLeavesTheOthersReadable() throws IOException {
    Json.prepare(List.of(Unreadable.class, Thread.class, Prepared.class));

    assertThat(Json.read("{\"id\":\"p1\",\"created\":\"2026-12-07T00:00:00Z\"}", Prepared.class))
        .isEqualTo(new Prepared("p1", Instant.parse("2026-12-07T00:00:00Z")));
    assertThatThrownBy(() -> Json.read("{}", Unreadable.class)).isInstanceOf(IOException.class);
  }
}
