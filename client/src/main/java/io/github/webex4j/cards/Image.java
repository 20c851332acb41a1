package io.github.webex4j.cards;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An image from a public URL.
 *
 * @param url required http(s) URL
 * @param altText accessibility text, or null
 * @param size {@code auto}, {@code stretch}, {@code small}, {@code medium}, {@code large}, or null
 */
public record Image(String url, @Nullable String altText, @Nullable String size)
    implements CardElement {

  /**
   * Checks that the image has an http(s) URL, which Webex fetches when the card is shown.
   *
   * @throws IllegalArgumentException if {@code url} is not an http(s) URL
   */
  public Image {
    CardJson.nonBlank(url, "url");
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      throw new IllegalArgumentException("url must be an http(s) URL");
    }
  }

  /** An image with alternative text. */
  public static Image of(String url, String altText) {
    return new Image(url, altText, null);
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> json = CardJson.object("Image");
    json.put("url", url);
    CardJson.put(json, "altText", altText);
    CardJson.put(json, "size", size);
    return json;
  }
}
