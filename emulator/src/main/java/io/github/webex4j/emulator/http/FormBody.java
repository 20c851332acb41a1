package io.github.webex4j.emulator.http;

import java.net.URLDecoder;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code application/x-www-form-urlencoded} bodies (first value of a name wins). */
final class FormBody {
  private FormBody() {}

  /**
   * Parses {@code body}.
   *
   * @throws ApiException 400 for invalid UTF-8 or percent-encoding
   */
  static Map<String, String> parse(byte[] body) {
    String text = Utf8.decode(body, "form body");
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(
                eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
        String value =
            eq < 0
                ? ""
                : URLDecoder.decode(
                    pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
        fields.putIfAbsent(name, value);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("The form body is not correctly percent-encoded.");
      }
    }
    return fields;
  }
}
