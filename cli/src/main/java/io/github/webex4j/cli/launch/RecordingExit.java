package io.github.webex4j.cli.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * How the CLI's JVM exits. A child that records a start-up archive writes it after {@code
 * System.exit}, which takes longer than most commands (about 0.7 s on the build machine), so such a
 * child first flushes and releases its standard streams and announces its exit code in a file that
 * its waiting parent watches: the parent returns with the code at once, and a later run moves the
 * finished archive into place ({@link ArchiveCache#settle}).
 */
public final class RecordingExit {
  /** The system property naming the announcement file; set only by {@link ChildJvm#recording}. */
  static final String PROPERTY = "webex4j.launch.exitFile";

  private RecordingExit() {}

  /**
   * Exits this JVM with {@code code}, announcing it first when this JVM records an archive.
   *
   * @param code the exit code
   */
  public static void exit(int code) {
    String file = System.getProperty(PROPERTY);
    if (file != null) {
      System.out.flush();
      System.err.flush();
      // The JDK points file descriptors 1 and 2 at /dev/null when they are closed, so a pipe that
      // reads this process's output (a shell's $(...), a CI log) ends here, not after the archive.
      System.out.close();
      System.err.close();
      Announcement.write(Path.of(file), new Announcement(code, ProcessHandle.current().pid()));
    }
    System.exit(code);
  }

  /**
   * A recording child's exit code, and its process id: while that process lives, it is still
   * writing the archive.
   *
   * @param code the command's exit code
   * @param pid the recording process
   */
  record Announcement(int code, long pid) {
    /**
     * Writes {@code announcement} to {@code file} atomically; a failure only loses the shortcut.
     */
    static void write(Path file, Announcement announcement) {
      Path part = file.resolveSibling(file.getFileName() + ".part");
      try {
        Files.writeString(part, announcement.code() + " " + announcement.pid());
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // The parent then waits for the process's end, as without an announcement.
      }
    }

    /** The announcement in {@code file}, or empty if there is none (yet) or it is unreadable. */
    static Optional<Announcement> read(Path file) {
      try {
        String[] fields = Files.readString(file, StandardCharsets.US_ASCII).trim().split(" ");
        return fields.length == 2
            ? Optional.of(new Announcement(Integer.parseInt(fields[0]), Long.parseLong(fields[1])))
            : Optional.empty();
      } catch (IOException | NumberFormatException e) {
        return Optional.empty();
      }
    }
  }
}
