package io.github.webex4j.cli.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers the root message of each thread between invocations, in a properties file keyed by
 * thread hash (one file may hold several threads). Writes are atomic: a temporary file in the same
 * directory is moved over the old one, so a crash never leaves half a file. Not safe against two
 * processes writing the same file at once (the last writer wins; the marker search still finds the
 * root).
 */
public final class StateFile {
  private final Path file;

  /**
   * @param file the state file; need not exist yet
   */
  public StateFile(Path file) {
    this.file = file;
  }

  /** File name of the default state file. */
  static final String DEFAULT_NAME = "webex-notify-state.properties";

  /**
   * The default state file: in the CI system's per-job temporary directory, else under the CI
   * workspace ({@code .webex-notify/}), else in {@code tmpDir}.
   *
   * @param ci the detected CI run, or null
   * @param tmpDir the JVM's temporary directory
   */
  public static Path defaultPath(CiEnvironment ci, Path tmpDir) {
    if (ci != null && ci.tempDir() != null) {
      return Path.of(ci.tempDir(), DEFAULT_NAME);
    }
    if (ci != null && ci.workspace() != null) {
      return Path.of(ci.workspace(), ".webex-notify", DEFAULT_NAME);
    }
    return tmpDir.resolve("webex-notify").resolve(DEFAULT_NAME);
  }

  /** The file this state lives in. */
  public Path path() {
    return file;
  }

  /**
   * The remembered root of {@code thread}, if any.
   *
   * @throws IOException if the file exists but cannot be read
   */
  public Optional<ThreadRoot> load(String thread) throws IOException {
    Properties props = read();
    String room = props.getProperty(thread + ".roomId");
    String root = props.getProperty(thread + ".rootId");
    if (room == null || root == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ThreadRoot(room, root, Boolean.parseBoolean(props.getProperty(thread + ".card"))));
  }

  /**
   * Records {@code root} as the root of {@code thread}, keeping other threads' entries.
   *
   * @throws IOException if the directory or file cannot be written
   */
  public void save(String thread, ThreadRoot root) throws IOException {
    Properties props = read();
    props.setProperty(thread + ".roomId", root.roomId());
    props.setProperty(thread + ".rootId", root.messageId());
    props.setProperty(thread + ".card", Boolean.toString(root.card()));
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        props.store(out, "webex notify: thread roots (thread hash -> room, root message)");
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private Properties read() throws IOException {
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      props.load(in);
    } catch (NoSuchFileException e) {
      // no state yet
    }
    return props;
  }

  /**
   * The first message of a thread.
   *
   * @param roomId its room
   * @param messageId its id
   * @param card whether it carries a card (then Webex cannot edit it)
   */
  public record ThreadRoot(String roomId, String messageId, boolean card) {}
}
