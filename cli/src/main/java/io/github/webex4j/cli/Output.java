package io.github.webex4j.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.webex4j.WireValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders results: an aligned table (default), one JSON array or object ({@code -o json}), JSON
 * lines ({@code --jsonl}), or ids only ({@code -o id}, one per line, for scripts). Results are the
 * client's records; JSON uses their component names (the Webex field names), ISO-8601 timestamps
 * and omits nulls. Not thread-safe.
 */
public final class Output {
  /** The output formats. */
  public enum Format {
    /** Aligned columns for people. */
    table,
    /** One JSON document. */
    json,
    /** One JSON object per line. */
    jsonl,
    /** The id of each result, one per line. */
    id
  }

  private static final int MAX_CELL = 60;

  private final Format format;
  private final PrintWriter out;
  private final boolean terminal;

  /**
   * @param format the format
   * @param out where results go
   * @param terminal whether a person reads {@code out} (an empty table then says "(none)"; piped,
   *     it prints nothing)
   */
  public Output(Format format, PrintWriter out, boolean terminal) {
    this.format = format;
    this.out = out;
    this.terminal = terminal;
  }

  /** The chosen format. */
  public Format format() {
    return format;
  }

  /** Whether the output is JSON (either form). */
  public boolean isJson() {
    return format == Format.json || format == Format.jsonl;
  }

  /**
   * Fails early for a command whose result has no id when {@code -o id} was chosen.
   *
   * @param what the command, for the message (e.g. {@code "webex demo"})
   * @throws CliFailure (usage) if the format is {@link Format#id}
   */
  public void requireNotId(String what) {
    if (format == Format.id) {
      throw noId(what + " prints no single id");
    }
  }

  /**
   * Prints a list. Tables show {@code columns} (record component names) and buffer the rows to
   * align them (nothing is printed if a page fails); JSON streams items as they come, and if a page
   * fails the array is closed before the failure propagates, so stdout stays one valid JSON
   * document holding the items read so far (the exit code tells it is incomplete).
   *
   * @param items records of one type; iterated once
   * @param columns component names shown in the table, in order ({@code -o id} skips items without
   *     an id value, such as failed items of a bulk run)
   * @return the number of items printed
   */
  public int list(Iterable<?> items, List<String> columns) {
    int count = 0;
    switch (format) {
      case table -> {
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns);
        for (Object item : items) {
          rows.add(
              columns.stream().map(name -> cell(name, Records.value(item, name), true)).toList());
          count++;
        }
        if (count == 0) {
          if (terminal) {
            out.println("(none)");
          }
        } else {
          printAligned(rows);
        }
      }
      case json -> {
        Iterator<?> iterator = items.iterator();
        out.print('[');
        try {
          while (iterator.hasNext()) {
            Object item = iterator.next();
            out.print(count == 0 ? "\n  " : ",\n  ");
            out.print(toJson(item));
            count++;
          }
        } finally {
          out.println(count == 0 ? "]" : "\n]"); // valid JSON even when a later page fails
          out.flush();
        }
      }
      case jsonl -> {
        for (Object item : items) {
          out.println(toJson(item));
          count++;
        }
      }
      case id -> {
        for (Object item : items) {
          String id = idOf(item);
          if (!id.isEmpty()) {
            out.println(id);
          }
          count++;
        }
      }
    }
    out.flush();
    return count;
  }

  /**
   * Prints one record: {@code field value} lines in a table (fields that are null or empty, such as
   * an empty {@code extra}, left out), one JSON object, or its id.
   *
   * @throws CliFailure (usage) for {@code -o id} if the record has no {@code id}
   */
  public void item(Object item) {
    if (format == Format.id) {
      out.println(idOf(item));
    } else if (isJson()) {
      out.println(format == Format.json ? toPrettyJson(item) : toJson(item));
    } else {
      List<List<String>> rows = new ArrayList<>();
      Records.fields(item)
          .forEach(
              (name, value) -> {
                if (value != null
                    && !(value instanceof Collection<?> c && c.isEmpty())
                    && !(value instanceof Map<?, ?> m && m.isEmpty())) {
                  rows.add(List.of(name, cell(name, value, false)));
                }
              });
      printAligned(rows);
    }
    out.flush();
  }

  /**
   * Prints the outcome of an action without a response body (a delete): {@code text} in a table,
   * {@code id} for {@code -o id}, else {@code json} as a JSON object.
   *
   * @param id the id of the object acted on, non-null
   */
  public void done(String text, String id, Map<String, ?> json) {
    out.println(
        switch (format) {
          case table -> text;
          case id -> id;
          case json, jsonl -> toJson(json);
        });
    out.flush();
  }

  /**
   * The record's {@code id}, else its own id named after the type (a {@code MeetingRegistrant}'s
   * {@code registrantId}), else a usage failure.
   */
  private static String idOf(Object item) {
    String type = item.getClass().getSimpleName();
    String name = "id";
    if (!Records.has(item, name)) {
      name =
          Records.fields(item).keySet().stream()
              .filter(n -> n.endsWith("Id") && n.length() > 2)
              .filter(
                  n ->
                      type.endsWith(
                          Character.toUpperCase(n.charAt(0)) + n.substring(1, n.length() - 2)))
              .findFirst()
              .orElseThrow(() -> noId(type + " results have no id"));
    }
    Object id = Records.value(item, name);
    return id == null ? "" : id.toString();
  }

  private static CliFailure noId(String problem) {
    return new CliFailure(
        ExitCodes.USAGE, "-o id: " + problem + "; use -o json or -o table instead.");
  }

  /** Compact JSON of a record, map, list or scalar. */
  public static String toJson(Object value) {
    Optional<String> text = JsonText.write(value, false);
    return text.isPresent() ? text.get() : mapperJson(value, false);
  }

  /** Indented JSON of a record, map, list or scalar. */
  public static String toPrettyJson(Object value) {
    Optional<String> text = JsonText.write(value, true);
    return text.isPresent() ? text.get() : mapperJson(value, true);
  }

  /**
   * {@link #toJson} or {@link #toPrettyJson} through the mapper whatever the value (the text {@link
   * JsonText} matches).
   */
  static String mapperJson(Object value, boolean pretty) {
    try {
      return pretty
          ? Mapper.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value)
          : Mapper.JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void printAligned(List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** Text of a value; in lists, long non-id cells are cut to keep the table readable. */
  private static String cell(String column, Object value, boolean truncate) {
    String text;
    if (value == null) {
      text = "";
    } else if (value instanceof Enum<?> e) {
      text = enumText(e);
    } else if (value instanceof Instant
        || value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean) {
      text = value.toString();
    } else if (value instanceof Collection<?> list
        && list.stream().allMatch(v -> v instanceof CharSequence)) {
      text = String.join(",", list.stream().map(Object::toString).toList());
    } else {
      text = toJson(value);
    }
    text = text.replace('\n', ' ').replace('\r', ' ');
    boolean id = column.equals("id") || column.endsWith("Id");
    return truncate && !id && text.length() > MAX_CELL
        ? text.substring(0, MAX_CELL - 1) + "…"
        : text;
  }

  /** Webex-style text of an enum: its wire value, else lowerCamel of its name. */
  static String enumText(Enum<?> value) {
    if (value instanceof WireValue wire) {
      return wire.wireValue();
    }
    String[] words = value.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder text = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      if (!words[i].isEmpty()) {
        text.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
      }
    }
    return text.toString();
  }

  /**
   * Holds the JSON mapper, built on first JSON output only: building it loads and initialises
   * several hundred Jackson classes, which table output, {@code --help} and enum spelling (see
   * {@link #enumText}) do not need.
   */
  private static final class Mapper {
    static final ObjectMapper JSON = mapper();

    private Mapper() {}
  }

  @SuppressWarnings("rawtypes")
  private static ObjectMapper mapper() {
    SimpleModule enums = new SimpleModule();
    enums.addSerializer(
        Enum.class,
        new JsonSerializer<Enum>() {
          @Override
          public void serialize(Enum value, JsonGenerator gen, SerializerProvider serializers)
              throws IOException {
            gen.writeString(enumText(value));
          }
        });
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(enums)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
        .build();
  }

  /** Reflection over the client's result records (component name to value). */
  static final class Records {
    private Records() {}

    static Map<String, Object> fields(Object item) {
      Map<String, Object> fields = new LinkedHashMap<>();
      RecordComponent[] components = item.getClass().getRecordComponents();
      if (components == null) {
        fields.put("value", item);
        return fields;
      }
      for (RecordComponent component : components) {
        fields.put(component.getName(), read(item, component));
      }
      return fields;
    }

    static boolean has(Object item, String name) {
      RecordComponent[] components = item.getClass().getRecordComponents();
      return components != null
          && Arrays.stream(components).anyMatch(c -> c.getName().equals(name));
    }

    static Object value(Object item, String name) {
      RecordComponent[] components = item.getClass().getRecordComponents();
      if (components != null) {
        for (RecordComponent component : components) {
          if (component.getName().equals(name)) {
            return read(item, component);
          }
        }
      }
      return null;
    }

    static Object read(Object item, RecordComponent component) {
      try {
        return component.getAccessor().invoke(item);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + component.getName(), e);
      }
    }
  }
}
