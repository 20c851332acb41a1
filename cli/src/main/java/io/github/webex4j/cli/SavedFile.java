package io.github.webex4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file a download command wrote, as printed: its path and size.
 *
 * @param file absolute path of the written file
 * @param bytes its size in bytes
 */
public record SavedFile(String file, long bytes) {
  /** Table columns. */
  public static final List<String> COLUMNS = List.of("file", "bytes");

  /**
   * @param written an existing file
   * @throws UncheckedIOException if its size cannot be read
   */
  public static SavedFile of(Path written) {
    try {
      return new SavedFile(written.toAbsolutePath().toString(), Files.size(written));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
