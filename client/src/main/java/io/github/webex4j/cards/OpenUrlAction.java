package io.github.webex4j.cards;

import java.util.Map;

/**
 * {@code Action.OpenUrl}: a button that opens a link.
 *
 * @param title required button label
 * @param url required http(s) URL
 */
public record OpenUrlAction(String title, String url) implements CardAction {

  /**
   * Checks that the button has a label and an http(s) URL to open.
   *
   * @throws IllegalArgumentException if a component is blank or the URL is not http(s)
   */
  public OpenUrlAction {
    CardJson.nonBlank(title, "title");
    CardJson.nonBlank(url, "url");
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      throw new IllegalArgumentException("url must be an http(s) URL");
    }
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> json = CardJson.object("Action.OpenUrl");
    json.put("title", title);
    json.put("url", url);
    return json;
  }
}
