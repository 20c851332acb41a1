package io.github.webex4j.internal.util;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@link Instant} as ISO-8601 text, the only {@code java.time} type in the client's JSON. Written
 * as {@link Instant#toString()}; read from ISO-8601 text with {@code Z} or an offset (converted to
 * UTC), an empty string as null, and a number as epoch seconds (with a fraction), as
 * jackson-datatype-jsr310 reads them. Used instead of that module because registering it loads and
 * initialises its ~100 classes in every process, a measurable part of a CLI call's start-up.
 */
final class InstantJson {
  private InstantJson() {}

  /** An epoch-seconds number (with a fraction) as an instant. */
  static Instant fromEpochSeconds(BigDecimal seconds) {
    return Instant.ofEpochSecond(
        seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
  }

  /**
   * ISO-8601 text (surrounding blanks ignored) as an instant; blank text is null.
   *
   * @throws DateTimeParseException if the text is not an ISO-8601 instant
   */
  static Instant fromText(String text) {
    String trimmed = text.trim();
    return trimmed.isEmpty() ? null : Instant.parse(trimmed);
  }

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("webex4j-instant");
    module.addSerializer(Instant.class, new Writer());
    module.addDeserializer(Instant.class, new Reader());
    return module;
  }

  private static final class Writer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeString(value.toString());
    }
  }

  private static final class Reader extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return fromEpochSeconds(parser.getDecimalValue());
      }
      if (token != JsonToken.VALUE_STRING) {
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
      }
      String text = parser.getText();
      try {
        return fromText(text);
      } catch (DateTimeParseException e) {
        return (Instant) context.handleWeirdStringValue(Instant.class, text.trim(), e.getMessage());
      }
    }
  }
}
