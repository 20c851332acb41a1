package io.github.webex4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A successful response whose body the caller streams itself (file downloads). The caller must
 * close it.
 *
 * @param statusCode HTTP status (2xx)
 * @param headers response headers; names in lower case
 * @param body the (already gunzipped) body stream
 */
public record RawResponse(int statusCode, Map<String, List<String>> headers, InputStream body)
    implements AutoCloseable {

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  @Override
  public void close() throws IOException {
    body.close();
  }
}
