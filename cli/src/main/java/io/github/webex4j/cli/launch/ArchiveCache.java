package io.github.webex4j.cli.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
