package io.github.webex4j.cards;

/**
 * One line of a {@link FactSet}.
 *
 * @param title required label
 * @param value required value
 */
public record Fact(String title, String value) {
  /**
   * Checks that the fact has a title and a value.
   *
   * @throws IllegalArgumentException if a component is null
   */
  public Fact {
    if (title == null || value == null) {
      throw new IllegalArgumentException("fact title and value must not be null");
    }
  }
}
