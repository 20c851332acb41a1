package io.github.webex4j.cards;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A column of a {@link ColumnSet}.
 *
 * @param width {@code auto}, {@code stretch}, a weight such as {@code 2}, or null
 * @param items the column's elements
 */
public record Column(@Nullable String width, List<CardElement> items) {

  /** Copies the items; null becomes empty. */
  public Column {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** A column with default width. */
  public static Column of(CardElement... items) {
    return new Column(null, List.of(items));
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = CardJson.object("Column");
    CardJson.put(json, "width", width);
    json.put("items", CardJson.elements(items));
    return json;
  }
}
