package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.store.Blob;
import io.github.webex4j.emulator.store.SpillDirectory;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large request body, streamed to a file of the spill directory before the world lock is taken.
 * The server deletes the file after answering, unless a handler kept it ({@link #keep}) as the
 * stored content of an upload. So the only disk write of an upload happens outside the lock, and a
 * handler never copies upload bytes while every other request waits. Used by one request thread.
 */
final class SpilledBody {
  private static final System.Logger LOG = System.getLogger(SpilledBody.class.getName());
  private final Path file;
  private boolean kept;

  SpilledBody(Path file) {
    this.file = file;
  }

  /**
   * Hands the file over as a blob of bytes {@code [offset, offset + length)}; the blob's owner
   * deletes it from now on.
   *
   * @throws IllegalStateException when the file was already kept
   */
  Blob keep(SpillDirectory spill, long offset, long length) {
    if (kept) {
      throw new IllegalStateException("The spilled body is already kept");
    }
    kept = true;
    return spill.adopt(file, offset, length);
  }

  /** Deletes the file unless a handler kept it. */
  void deleteUnlessKept() {
    if (!kept) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not delete upload " + file + ": " + e.getMessage());
      }
    }
  }
}
