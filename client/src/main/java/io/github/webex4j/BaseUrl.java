package io.github.webex4j;

import java.net.URI;
import java.net.URISyntaxException;

/** Validates and normalises base URLs: absolute http(s), no query, trailing slashes removed. */
final class BaseUrl {
  private BaseUrl() {}

  static URI normalise(String value, String source) {
    String text = value.strip();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null
          || uri.getRawUserInfo() != null) {
        throw new URISyntaxException(text, "not an absolute http(s) URL without query");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new WebexConfigurationException(
          source + " must be an absolute http(s) URL such as " + WebexClient.DEFAULT_BASE_URL,
          null);
    }
  }
}
