package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.CliFailure;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.cli.IoProblems;
import io.github.webex4j.messages.FileDownload;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where {@code messages download --to} writes: a directory ({@code --to dir/}, an existing
 * directory, or the current one), created if only its last level is missing, or a file path whose
 * directory exists. An existing file is never replaced without {@code --force}. A file is written
 * under a hidden temporary name beside it and moved into place once complete, so a failed download
 * leaves nothing behind; messages name only the target.
 */
final class DownloadTarget {
  private final Path path;
  private final boolean directory;
  private final boolean force;

  private DownloadTarget(Path path, boolean directory, boolean force) {
    this.path = path;
    this.directory = directory;
    this.force = force;
  }

  /**
   * @param workingDirectory where relative paths start
   * @param given the {@code --to} value as typed (a trailing slash means a directory), or null
   * @param files how many files will be written (more than one needs a directory)
   * @param force whether existing files may be replaced
   * @throws CliFailure exit 1 if the target cannot be used
   */
  static DownloadTarget of(Path workingDirectory, String given, int files, boolean force) {
    if (given == null || given.isBlank()) {
      return new DownloadTarget(workingDirectory, true, force);
    }
    Path path = workingDirectory.resolve(given);
    boolean directory =
        given.endsWith("/") || given.endsWith(File.separator) || Files.isDirectory(path);
    if (!directory && files > 1) {
      throw usage(
          "The message has "
              + files
              + " files: --to must be a directory (e.g. --to "
              + given
              + "/).");
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw usage(
          "--to " + given + ": the directory " + parent + " does not exist; create it first.");
    }
    if (directory && !Files.isDirectory(path)) {
      try {
        Files.createDirectory(path);
      } catch (IOException e) {
        throw usage(
            "--to " + given + ": cannot create the directory (" + IoProblems.describe(e) + ").");
      }
    }
    return new DownloadTarget(path, directory, force);
  }

  /**
   * Writes {@code download} to its file: the directory's entry named by the server, or the path.
   *
   * @return the written file
   * @throws CliFailure exit 1 if the file exists and {@code --force} was not given, or writing
   *     fails
   */
  Path write(FileDownload download) {
    Path file = directory ? path.resolve(download.fileName()) : path;
    Path temp = null;
    try (InputStream in = download.body()) {
      if (Files.isDirectory(file)) {
        throw usage(file + " is a directory; it cannot be replaced by a file.");
      }
      if (Files.exists(file) && !force) {
        throw usage(file + " already exists; pass --force to replace it.");
      }
      temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".webex-", ".part");
      copy(in, temp, file);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.USAGE, "Cannot write " + file + " (" + IoProblems.describe(e) + ").");
    } finally {
      deleteQuietly(temp);
    }
  }

  /**
   * Copies {@code in} to {@code temp}; a failure to read is a network failure (exit 4) named after
   * {@code file}, a failure to write propagates.
   */
  private static void copy(InputStream in, Path temp, Path file) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(temp)) {
      while (true) {
        int n;
        try {
          n = in.read(buffer);
        } catch (IOException e) {
          throw new CliFailure(
              ExitCodes.NETWORK,
              "Downloading " + file.getFileName() + " failed (" + IoProblems.describe(e) + ").");
        }
        if (n < 0) {
          return;
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // best effort: the hidden .part file is all that can be left
    }
  }

  private static CliFailure usage(String message) {
    return new CliFailure(ExitCodes.USAGE, message);
  }
}
