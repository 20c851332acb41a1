package io.github.webex4j.internal.util;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.webex4j.WireValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one configured Jackson mapper of the client. Rules: unknown properties are kept in a record's
 * {@code extra} component when it has one, else ignored ({@link ModelConventions}); {@link
 * java.time.Instant} as ISO-8601; nulls omitted on write; {@link WireValue} enums written with
 * their wire value; every enum read by normalised name (case-insensitive, ignoring {@code _},
 * {@code -} and spaces, also matching the wire value) with a fallback to a constant named {@code
 * UNKNOWN} (or null if the enum has none). Jackson never leaves the internal package.
 */
public final class Json {
  private Json() {}

  /**
   * The mapper, built on first use: writing a plain request body ({@link PlainJson}) does not need
   * it, so a short-lived process can send its first request while another thread builds it.
   */
  private static final class Mapper {
    static final ObjectMapper INSTANCE = createMapper();
  }

  private static ObjectMapper createMapper() {
    SimpleModule enums = new SimpleModule("webex4j-enums");
    enums.addSerializer(new WireValueSerializer());
    enums.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config,
              JavaType type,
              BeanDescription beanDesc,
              JsonDeserializer<?> deserializer) {
            return new LenientEnumDeserializer(type.getRawClass());
          }
        });
    return JsonMapper.builder()
        .annotationIntrospector(new ModelConventions())
        .addModule(InstantJson.module())
        .addModule(enums)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Lenient: a bare value where a list is expected (e.g. "mentionedPeople":"id1,id2") is a
        // one-element list.
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
        .build();
  }

  /**
   * Readies the readers of {@code types} ahead of the calls that need them (the same caches {@link
   * #read} looks in): the plan of each record {@link RecordReader} takes, and for any other type
   * the mapper and its reader. A type that cannot be read is skipped.
   */
  public static void prepare(List<Class<?>> types) {
    for (Class<?> type : types) {
      if (!RecordReader.supports(type)) {
        Mapper.INSTANCE.readerFor(type);
      }
    }
  }

  /**
   * Serialises {@code value} to UTF-8 JSON: a plain tree of maps, lists, strings, booleans and
   * numbers with the generator alone ({@link PlainJson}), anything else with the mapper.
   *
   * @throws IllegalArgumentException if the value cannot be serialised (a programming error)
   */
  public static byte[] write(Object value) {
    Optional<byte[]> plain = PlainJson.write(value);
    return plain.isPresent() ? plain.get() : writeWithMapper(value);
  }

  /** {@link #write} through the mapper whatever the value (the form {@link PlainJson} matches). */
  static byte[] writeWithMapper(Object value) {
    try {
      return Mapper.INSTANCE.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot serialise " + value.getClass().getName(), e);
    }
  }

  /**
   * Parses {@code json} into {@code type}.
   *
   * @throws IOException if the text is not valid JSON for the type
   */
  public static <T> T read(String json, Class<T> type) throws IOException {
    return Mapper.INSTANCE.readValue(json, type);
  }

  /**
   * Parses a stream into {@code type}. Does not close the stream.
   *
   * @throws IOException if the content is not valid JSON for the type
   */
  public static <T> T read(InputStream json, Class<T> type) throws IOException {
    return Mapper.INSTANCE.readValue(json, type);
  }

  /**
   * Parses UTF-8 JSON bytes into {@code type}: with {@link RecordReader} when it takes them (no
   * mapper needed), else with the mapper, to the same result.
   *
   * @throws IOException if the content is not valid JSON for the type
   */
  public static <T> T read(byte[] json, Class<T> type) throws IOException {
    Optional<T> read = RecordReader.read(json, type);
    return read.isPresent() ? read.get() : readWithMapper(json, type);
  }

  /** {@link #read(byte[], Class)} through the mapper whatever the input. */
  static <T> T readWithMapper(byte[] json, Class<T> type) throws IOException {
    return Mapper.INSTANCE.readValue(json, type);
  }

  /**
   * Parses a list envelope {@code {"items":[...]}} (an absent or null {@code items} gives an empty
   * list; other fields are skipped).
   *
   * @throws IOException if the text is not such an envelope
   */
  public static <T> List<T> readItems(String json, Class<T> itemType) throws IOException {
    try (JsonParser parser = Mapper.INSTANCE.createParser(json)) {
      return readItems(parser, itemType);
    }
  }

  /** Like {@link #readItems(String, Class)}, from UTF-8 bytes. */
  public static <T> List<T> readItems(byte[] json, Class<T> itemType) throws IOException {
    return readEnvelope(json, itemType).items();
  }

  /**
   * A list envelope: its {@code items} and every other top-level field (e.g. {@code notFoundIds}).
   *
   * @param items the decoded items, never null
   * @param others the other fields as generic values, immutable, never null
   */
  public record Envelope<T>(List<T> items, Map<String, Object> others) {}

  /**
   * Like {@link #readItems(String, Class)}, keeping the envelope's other fields too; read as {@link
   * #read(byte[], Class)} reads a single value.
   *
   * @throws IOException if the content is not such an envelope
   */
  public static <T> Envelope<T> readEnvelope(byte[] json, Class<T> itemType) throws IOException {
    Optional<Envelope<T>> read = RecordReader.readEnvelope(json, itemType);
    return read.isPresent() ? read.get() : readEnvelopeWithMapper(json, itemType);
  }

  /** {@link #readEnvelope(byte[], Class)} through the mapper whatever the input. */
  static <T> Envelope<T> readEnvelopeWithMapper(byte[] json, Class<T> itemType) throws IOException {
    try (JsonParser parser = Mapper.INSTANCE.createParser(json)) {
      return readEnvelope(parser, itemType);
    }
  }

  private static <T> List<T> readItems(JsonParser parser, Class<T> itemType) throws IOException {
    return readEnvelope(parser, itemType).items();
  }

  /**
   * Streams the {@code items} array straight into {@code itemType}, one item at a time, without
   * building a tree of the page; the (small) other fields are read as generic values.
   */
  private static <T> Envelope<T> readEnvelope(JsonParser parser, Class<T> itemType)
      throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("expected a JSON object with an items array");
    }
    List<T> items = List.of();
    Map<String, Object> others = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (!"items".equals(field)) {
        others.put(field, Mapper.INSTANCE.readValue(parser, Object.class));
      } else if (value == JsonToken.VALUE_NULL) {
        items = List.of();
      } else if (value != JsonToken.START_ARRAY) {
        throw new IOException("items is not an array");
      } else {
        items = readArray(parser, Mapper.INSTANCE.readerFor(itemType));
      }
    }
    return new Envelope<>(items, Extras.copyOf(others));
  }

  private static <T> List<T> readArray(JsonParser parser, ObjectReader reader) throws IOException {
    List<T> result = new ArrayList<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      T item = token == null || token == JsonToken.VALUE_NULL ? null : reader.<T>readValue(parser);
      if (item == null) {
        throw new IOException("items contains null or ends early");
      }
      result.add(item);
    }
    return List.copyOf(result);
  }

  /**
   * Parses JSON into a generic tree of maps, lists, strings, numbers and booleans (for free-form
   * fields such as card content or webhook data).
   *
   * @throws IOException if the text is not valid JSON
   */
  public static Object readTree(String json) throws IOException {
    return Mapper.INSTANCE.readValue(json, Object.class);
  }

  /**
   * Converts an object (e.g. a record or map) into another type via its JSON form.
   *
   * @throws IllegalArgumentException if the conversion fails
   */
  public static <T> T convert(Object value, Class<T> type) {
    return Mapper.INSTANCE.convertValue(value, type);
  }

  private static final class WireValueSerializer extends StdSerializer<WireValue> {
    private static final long serialVersionUID = 1L;

    WireValueSerializer() {
      super(WireValue.class);
    }

    @Override
    public void serialize(WireValue value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.wireValue());
    }
  }

  private static final class LenientEnumDeserializer extends JsonDeserializer<Object> {
    private final LenientEnum lookup;

    LenientEnumDeserializer(Class<?> enumType) {
      this.lookup = LenientEnum.of(enumType);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return lookup.valueOf(p.getValueAsString());
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      return null;
    }
  }
}
