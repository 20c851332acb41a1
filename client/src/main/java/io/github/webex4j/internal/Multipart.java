package io.github.webex4j.internal;

import io.github.webex4j.http.RequestBody;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds a {@code multipart/form-data} body that streams the file from disk on each send. */
final class Multipart {
  private final String boundary = "webex4j-" + UUID.randomUUID();

  private String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /**
   * @throws IllegalArgumentException if the file is not a readable regular file
   */
  RequestBody body(Map<String, String> fields, FilePart file) {
    if (!Files.isRegularFile(file.path()) || !Files.isReadable(file.path())) {
      throw new IllegalArgumentException("file is not a readable file: " + file.path());
    }
    StringBuilder head = new StringBuilder();
    fields.forEach(
        (name, value) -> {
          if (value != null) {
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(quote(name))
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n");
          }
        });
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(quote(file.fieldName()))
        .append("\"; filename=\"")
        .append(quote(file.fileName()))
        .append("\"\r\nContent-Type: ")
        .append(file.contentType().replaceAll("[\r\n]", ""))
        .append("\r\n\r\n");
    String tail = "\r\n--" + boundary + "--\r\n";
    return new RequestBody(
        contentType(),
        List.of(
            new RequestBody.Bytes(head.toString().getBytes(StandardCharsets.UTF_8)),
            new RequestBody.FileContent(file.path()),
            new RequestBody.Bytes(tail.getBytes(StandardCharsets.UTF_8))));
  }

  /** Escapes a header parameter value: quotes and line breaks are percent-encoded. */
  static String quote(String value) {
    return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }
}
