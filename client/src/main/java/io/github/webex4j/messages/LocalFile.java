package io.github.webex4j.messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A local file to upload with a message ({@code multipart/form-data}, streamed from disk, never
 * held in memory).
 *
 * @param path a readable regular file
 * @param fileName the name shown in Webex, non-blank
 * @param contentType the MIME type, non-blank
 */
public record LocalFile(Path path, String fileName, String contentType) {
  /** Webex's documented upload limit: 100 MB. */
  public static final long MAX_BYTES = 100L * 1024 * 1024;

  /**
   * Checks the file (this reads file metadata from disk).
   *
   * @throws IllegalArgumentException naming the field if the file is not readable, larger than 100
   *     MB, or a name is blank
   */
  public LocalFile {
    if (path == null || !Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new IllegalArgumentException("file must be a readable regular file: " + path);
    }
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw new IllegalArgumentException("file is larger than Webex's 100 MB limit: " + path);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("file size cannot be read: " + path, e);
    }
    if (fileName == null || fileName.isBlank()) {
      throw new IllegalArgumentException("fileName must not be blank");
    }
    if (contentType == null || contentType.isBlank()) {
      throw new IllegalArgumentException("contentType must not be blank");
    }
  }

  /**
   * The file under its own name, with the content type guessed by the JDK ({@code
   * application/octet-stream} if unknown).
   */
  public static LocalFile of(Path path) {
    if (path == null || path.getFileName() == null) {
      throw new IllegalArgumentException("file must be a readable regular file: " + path);
    }
    String type = null;
    try {
      type = Files.probeContentType(path);
    } catch (IOException e) {
      // no guess possible: fall back below
    }
    return new LocalFile(
        path, path.getFileName().toString(), type == null ? "application/octet-stream" : type);
  }

  /** The file with an explicit name and content type. */
  public static LocalFile of(Path path, String fileName, String contentType) {
    return new LocalFile(path, fileName, contentType);
  }
}
