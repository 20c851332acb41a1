package io.github.webex4j.cli.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code java -jar webex.jar} keeps its start-up archives: {@code
 * $XDG_CACHE_HOME/webex4j/cds} (default {@code ~/.cache/webex4j/cds}), one directory per jar path
 * and JDK, holding one version directory named by the jar's size and modification time and the JVM
 * version, which holds one archive per command. A rebuilt jar or an updated JDK gets a new version
 * directory, and creating one deletes the older versions of the same jar and JDK. The archives hold
 * class metadata only (no heap objects, so no token or message text).
 */
final class ArchiveCache {
  private static final String TEMPORARY = ".tmp";
  private static final String ANNOUNCEMENT = ".exit";
  private static final byte[] DYNAMIC_ARCHIVE_MAGIC = {
    (byte) 0xa8, (byte) 0xab, (byte) 0x0b, (byte) 0xf0
  };

  private ArchiveCache() {}

  /**
   * @param env the environment
   * @return the cache root, or empty without {@code XDG_CACHE_HOME} and {@code HOME}
   */
  static Optional<Path> root(Map<String, String> env) {
    String cache = env.get("XDG_CACHE_HOME");
    if (cache != null && !cache.isBlank()) {
      return Optional.of(Path.of(cache, "webex4j", "cds"));
    }
    String home = env.get("HOME");
    return home == null || home.isBlank()
        ? Optional.empty()
        : Optional.of(Path.of(home, ".cache", "webex4j", "cds"));
  }

  /**
   * @param root the cache root
   * @param jar the jar, absolute
   * @param javaHome the running JDK
   * @param vmVersion the running JVM's version ({@code java.vm.version})
   * @param command the command's name ({@link ArchivedCommand#name})
   * @return the command's archive, which may not exist yet
   * @throws IOException if the jar's size or time cannot be read
   */
  static Path archive(Path root, Path jar, Path javaHome, String vmVersion, String command)
      throws IOException {
    return versionDirectory(root, jar, javaHome, vmVersion).resolve(command + ".jsa");
  }

  /**
   * Creates the archive's directory if missing, deleting the older versions of the same jar and JDK
   * when it does; the deletion is best effort (another process may be using them).
   *
   * @param archive an archive from {@link #archive}
   * @throws IOException if the directory cannot be created
   */
  static void prepare(Path archive) throws IOException {
    Path version = archive.getParent();
    if (Files.isDirectory(version)) {
      return;
    }
    Files.createDirectories(version);
    try (DirectoryStream<Path> versions = Files.newDirectoryStream(version.getParent())) {
      for (Path other : versions) {
        if (!other.equals(version)) {
          deleteQuietly(other);
        }
      }
    }
  }

  /** Where {@link ChildJvm#recording} has the JVM write {@code archive} (unique per process). */
  static Path temporaryFor(Path archive) {
    return archive.resolveSibling(
        archive.getFileName() + "." + ProcessHandle.current().pid() + TEMPORARY);
  }

  /** The announcement file ({@link RecordingExit}) of a recording into {@code temporary}. */
  static Path announcementOf(Path temporary) {
    return temporary.resolveSibling(temporary.getFileName() + ANNOUNCEMENT);
  }

  /** What {@link #settle} found. */
  enum Settled {
    /** No recording left behind, or only failed ones (now deleted). */
    NOTHING,
    /** A finished recording of a successful run is now the archive. */
    ADOPTED,
    /** A process that announced its exit is still writing the archive. */
    IN_PROGRESS
  }

  /**
   * Settles the recordings of {@code archive} whose parent returned before the child had written
   * the archive: a successful one whose process has ended becomes the archive, an unsuccessful or
   * unfinished one is deleted. A recording counts as finished when the file starts with the magic
   * number of a JDK 17 dynamic archive ({@code 0xf00baba8}, little-endian: HotSpot writes the file
   * in one go at the end); [?] other JDKs' magic numbers were not checked, and a file they do not
   * recognise is only recorded again.
   *
   * @param archive an archive from {@link #archive}
   * @return what was found
   */
  static Settled settle(Path archive) {
    Path directory = archive.getParent();
    if (!Files.isDirectory(directory)) {
      return Settled.NOTHING;
    }
    Settled settled = Settled.NOTHING;
    String glob = archive.getFileName() + ".*" + TEMPORARY + ANNOUNCEMENT;
    try (DirectoryStream<Path> announcements = Files.newDirectoryStream(directory, glob)) {
      for (Path announcement : announcements) {
        String name = announcement.getFileName().toString();
        Path temporary =
            announcement.resolveSibling(name.substring(0, name.length() - ANNOUNCEMENT.length()));
        Optional<RecordingExit.Announcement> announced =
            RecordingExit.Announcement.read(announcement);
        if (announced.isPresent() && isAlive(announced.get().pid())) {
          settled = Settled.IN_PROGRESS;
          continue;
        }
        if (announced.isPresent() && announced.get().code() == 0 && isFinishedArchive(temporary)) {
          Files.move(
              temporary,
              archive,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
          settled = Settled.ADOPTED;
        } else {
          Files.deleteIfExists(temporary);
        }
        Files.deleteIfExists(announcement);
      }
    } catch (IOException e) {
      // Best effort: what is left is settled by a later run.
    }
    return settled;
  }

  private static boolean isAlive(long pid) {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    return process.isPresent() && process.get().isAlive();
  }

  private static boolean isFinishedArchive(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return Arrays.equals(magic, DYNAMIC_ARCHIVE_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  private static Path versionDirectory(Path root, Path jar, Path javaHome, String vmVersion)
      throws IOException {
    String identity = jar + "\0" + javaHome;
    String jarAndJdk =
        jar.getFileName() + "-" + Integer.toHexString(identity.hashCode() & Integer.MAX_VALUE);
    String version =
        Files.size(jar)
            + "-"
            + Files.getLastModifiedTime(jar).toMillis()
            + "-"
            + vmVersion.replaceAll("[^A-Za-z0-9.+_-]", "_");
    return root.resolve(jarAndJdk).resolve(version);
  }

  private static void deleteQuietly(Path versionDirectory) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(versionDirectory)) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(versionDirectory);
    } catch (IOException e) {
      // Best effort: a directory in use or not ours stays.
    }
  }
}
