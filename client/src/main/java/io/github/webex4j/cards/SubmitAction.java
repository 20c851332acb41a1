package io.github.webex4j.cards;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code Action.Submit}: a button that sends the card's inputs (plus {@code data}) as an attachment
 * action.
 *
 * @param title required button label
 * @param data extra values merged into the submitted inputs; empty if none
 */
public record SubmitAction(String title, Map<String, Object> data) implements CardAction {

  /**
   * Checks that the button has a label and makes {@code data} immutable (empty if null).
   *
   * @throws IllegalArgumentException if the title is blank
   */
  public SubmitAction {
    CardJson.nonBlank(title, "title");
    data = data == null ? Map.of() : Map.copyOf(data);
  }

  /** A submit button without extra data. */
  public static SubmitAction of(String title) {
    return new SubmitAction(title, Map.of());
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> json = CardJson.object("Action.Submit");
    json.put("title", title);
    if (!data.isEmpty()) {
      json.put("data", new LinkedHashMap<>(data));
    }
    return json;
  }
}
