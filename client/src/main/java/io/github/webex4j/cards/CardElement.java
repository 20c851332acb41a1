package io.github.webex4j.cards;

import java.util.Map;

/**
 * An element of a card body: {@link TextBlock}, {@link FactSet}, {@link ColumnSet}, {@link
 * Container}, {@link Image}.
 */
public interface CardElement {
  /** The element as Adaptive Card JSON (a fresh, mutable map). */
  Map<String, Object> toJson();
}
