package io.github.webex4j.emulator.store;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
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
  private final long offset;
  private final long length;

  private Blob(byte[] bytes, Path file, long offset, long length) {
    this.bytes = bytes;
    this.file = file;
    this.offset = offset;
    this.length = length;
  }

  /** A blob held in memory ({@code bytes} is not copied). */
  public static Blob inMemory(byte[] bytes) {
    return new Blob(bytes, null, 0, bytes.length);
  }

  /** An empty blob. */
  public static Blob empty() {
    return new Blob(NONE, null, 0, 0);
  }

  /** Bytes {@code [offset, offset + length)} of {@code file}, which the blob owns (see delete). */
  static Blob inFile(Path file, long offset, long length) {
    return new Blob(null, file, offset, length);
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
    if (file == null) {
      return new ByteArrayInputStream(bytes);
    }
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(offset);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new Limited(in, length);
  }

  /** Ends after {@code left} bytes. */
  private static final class Limited extends FilterInputStream {
    private long left;

    Limited(InputStream in, long left) {
      super(in);
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      left -= b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      if (left <= 0) {
        return len == 0 ? 0 : -1;
      }
      int n = super.read(buffer, off, (int) Math.min(len, left));
      left -= Math.max(n, 0);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, left));
      left -= skipped;
      return skipped;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(super.available(), left);
    }
  }

  /** Frees a spilled file (the whole file); in-memory blobs need nothing. Safe to call twice. */
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
