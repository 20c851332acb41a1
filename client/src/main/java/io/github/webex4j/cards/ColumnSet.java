package io.github.webex4j.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Columns side by side.
 *
 * @param columns at least one column
 */
public record ColumnSet(List<Column> columns) implements CardElement {

  /**
   * Checks that the set has at least one column and makes the list immutable.
   *
   * @throws IllegalArgumentException if there are no columns
   */
  public ColumnSet {
    if (columns == null || columns.isEmpty()) {
      throw new IllegalArgumentException("columns must not be empty");
    }
    columns = List.copyOf(columns);
  }

  /** A column set. */
  public static ColumnSet of(Column... columns) {
    return new ColumnSet(List.of(columns));
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> json = CardJson.object("ColumnSet");
    List<Object> list = new ArrayList<>();
    for (Column column : columns) {
      list.add(column.toJson());
    }
    json.put("columns", list);
    return json;
  }
}
