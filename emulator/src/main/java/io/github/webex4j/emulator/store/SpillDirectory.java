package io.github.webex4j.emulator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private temporary directory, created on first use and deleted by {@link #close()}, for file
 * contents above {@link #MEMORY_LIMIT} and for large request bodies while they are parsed.
 * Thread-safe.
 *
 * <p>An emulator that is never closed still removes its directory when the JVM exits normally: the
 * directory comes with one shutdown hook, which {@link #close()} unregisters, so a JVM that starts
 * and closes many emulators keeps no hooks (and no ever-growing {@code File.deleteOnExit} list of
 * every file created). A JVM that is killed still leaves the directory behind.
 */
public final class SpillDirectory implements AutoCloseable {
  /** Contents up to this size stay in memory; larger ones go to a file. */
  public static final int MEMORY_LIMIT = 64 * 1024;

  private Path directory;
  private Thread shutdownHook;
  private boolean closed;

  /**
   * Stores the remaining bytes of {@code data} (its position is not moved): in memory up to {@link
   * #MEMORY_LIMIT}, else in a new file.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public Blob store(ByteBuffer data) {
    ByteBuffer source = data.duplicate();
    int length = source.remaining();
    if (length <= MEMORY_LIMIT) {
      byte[] bytes = new byte[length];
      source.get(bytes);
      return Blob.inMemory(bytes);
    }
    Path file = newFile("content-");
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
      while (source.hasRemaining()) {
        out.write(source);
      }
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException("Could not spill a file to " + file, e);
    }
    return Blob.inFile(file, 0, length);
  }

  /**
   * A blob of bytes {@code [offset, offset + length)} of {@code file}, a file made by {@link
   * #newFile} that the blob now owns: {@link Blob#delete()} deletes the whole file. Nothing is
   * copied or written, so callers holding the world lock can keep a large upload this way.
   */
  public Blob adopt(Path file, long offset, long length) {
    return Blob.inFile(file, offset, length);
  }

  /**
   * Creates a new empty file named {@code prefix...}; the caller deletes it.
   *
   * @throws UncheckedIOException when the directory or file cannot be created
   * @throws IllegalStateException after {@link #close()}
   */
  public synchronized Path newFile(String prefix) {
    if (closed) {
      throw new IllegalStateException("The emulator is closed");
    }
    try {
      if (directory == null) {
        directory = Files.createTempDirectory("webex-emulator-");
        shutdownHook = new Thread(this::deleteTree, "webex-emulator-spill-cleanup");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
      }
      return Files.createTempFile(directory, prefix, ".bin");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a temporary file", e);
    }
  }

  /** Deletes the directory and everything in it; later {@link #newFile} calls fail. */
  @Override
  public synchronized void close() {
    closed = true;
    if (shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // The JVM is already shutting down; the hook deletes the directory as well.
      }
      shutdownHook = null;
    }
    deleteTree();
  }

  /** The hook registered with the directory, null before the first file or after close. */
  synchronized Thread shutdownHook() {
    return shutdownHook;
  }

  private synchronized void deleteTree() {
    if (directory == null || !Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(SpillDirectory::deleteQuietly);
    } catch (IOException e) {
      // [?] Best effort: a file still open elsewhere (Windows) stays until the JVM exits.
      directory.toFile().deleteOnExit();
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
