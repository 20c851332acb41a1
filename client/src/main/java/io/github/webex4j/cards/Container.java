package io.github.webex4j.cards;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A group of elements, optionally styled.
 *
 * @param style {@code default}, {@code emphasis}, {@code good}, {@code attention}, {@code warning},
 *     {@code accent}, or null
 * @param items the contained elements
 */
public record Container(@Nullable String style, List<CardElement> items) implements CardElement {

  /** Copies the items; null becomes empty. */
  public Container {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** An unstyled container. */
  public static Container of(CardElement... items) {
    return new Container(null, List.of(items));
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> json = CardJson.object("Container");
    CardJson.put(json, "style", style);
    json.put("items", CardJson.elements(items));
    return json;
  }
}
