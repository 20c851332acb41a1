package io.github.webex4j.cards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Label/value pairs shown as a table.
 *
 * @param facts at least one fact
 */
public record FactSet(List<Fact> facts) implements CardElement {

  /**
   * Checks that the set has at least one fact and makes the list immutable.
   *
   * @throws IllegalArgumentException if there are no facts
   */
  public FactSet {
    if (facts == null || facts.isEmpty()) {
      throw new IllegalArgumentException("facts must not be empty");
    }
    facts = List.copyOf(facts);
  }

  /** A fact set from {@code title -> value} pairs, in the map's iteration order. */
  public static FactSet of(Map<String, String> facts) {
    List<Fact> list = new ArrayList<>();
    facts.forEach((title, value) -> list.add(new Fact(title, value)));
    return new FactSet(list);
  }

  /** A fact set from facts. */
  public static FactSet of(Fact... facts) {
    return new FactSet(List.of(facts));
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> json = CardJson.object("FactSet");
    List<Object> list = new ArrayList<>();
    for (Fact fact : facts) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("title", fact.title());
      item.put("value", fact.value());
      list.add(item);
    }
    json.put("facts", list);
    return json;
  }
}
