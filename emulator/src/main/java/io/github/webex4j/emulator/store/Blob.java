package io.github.webex4j.emulator.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of a stored file: small ones in memory, larger ones in a file of the emulator's {@link
 * SpillDirectory}, so many large uploads do not fill the heap. Immutable apart from {@link
 * #delete()}.
 */
public final class Blob {
  private static final byte[] NONE = new byte[0];
  private final byte[] bytes;
  private final Path file;
  private final long length;

  private Blob(byte[] bytes, Path file, long length) {
    this.bytes = bytes;
    this.file = file;
    this.length = length;
  }

  /** A blob held in memory ({@code bytes} is not copied). */
  public static Blob inMemory(byte[] bytes) {
    return new Blob(bytes, null, bytes.length);
  }

  /** An empty blob. */
  public static Blob empty() {
    return new Blob(NONE, null, 0);
  }

  static Blob inFile(Path file, long length) {
    return new Blob(null, file, length);
  }

  /** The length in bytes. */
  public long length() {
    return length;
  }

  /** True when the bytes live in a file rather than in memory. */
  public boolean spilled() {
    return file != null;
  }

  /**
   * Opens the content for reading; the caller closes the stream.
   *
   * @throws IOException when a spilled file cannot be read (e.g. deleted after close)
   */
  public InputStream open() throws IOException {
    return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
  }

  /** Frees a spilled file; in-memory blobs need nothing. Safe to call twice. */
  public void delete() {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not delete " + file, e);
      }
    }
  }
}
