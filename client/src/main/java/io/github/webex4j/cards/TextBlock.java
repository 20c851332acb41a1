package io.github.webex4j.cards;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A block of text.
 *
 * @param text required text (Adaptive Card Markdown subset allowed)
 * @param size {@code small}, {@code default}, {@code medium}, {@code large}, {@code extraLarge}, or
 *     null
 * @param weight {@code lighter}, {@code default}, {@code bolder}, or null
 * @param color {@code default}, {@code good}, {@code warning}, {@code attention}, {@code
 *     accent}..., or null
 * @param wrap whether long text wraps; null for the renderer default (no wrap)
 */
public record TextBlock(
    String text,
    @Nullable String size,
    @Nullable String weight,
    @Nullable String color,
    @Nullable Boolean wrap)
    implements CardElement {

  /**
   * Checks that the block has text.
   *
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public TextBlock {
    CardJson.nonBlank(text, "text");
  }

  /** Wrapping text with default styling. */
  public static TextBlock of(String text) {
    return new TextBlock(text, null, null, null, true);
  }

  /** A large bold heading. */
  public static TextBlock heading(String text) {
    return new TextBlock(text, "large", "bolder", null, true);
  }

  /** This block with a color such as {@code good} or {@code attention}. */
  public TextBlock withColor(String newColor) {
    return new TextBlock(text, size, weight, newColor, wrap);
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> json = CardJson.object("TextBlock");
    json.put("text", text);
    CardJson.put(json, "size", size);
    CardJson.put(json, "weight", weight);
    CardJson.put(json, "color", color);
    CardJson.put(json, "wrap", wrap);
    return json;
  }
}
