package io.github.webex4j.internal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to upload in a {@code multipart/form-data} request; streamed from disk.
 *
 * @param fieldName form field, e.g. {@code files}
 * @param path readable local file
 * @param fileName name sent in {@code Content-Disposition}
 * @param contentType MIME type sent for the part
 */
public record FilePart(String fieldName, Path path, String fileName, String contentType) {
  /** Validates that no component is null. */
  public FilePart {
    Objects.requireNonNull(fieldName, "fieldName");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
  }
}
