package io.github.webex4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A secret given as a file ({@code --secret-file}, {@code --password-file}) so that it stays out of
 * the command line, the shell history and {@code ps}. The content without surrounding whitespace (a
 * trailing newline from {@code echo} is dropped) is the secret; it is never printed.
 */
public final class SecretFile {
  private SecretFile() {}

  /**
   * The secret of {@code option}: the inline value, or the content of the file, at most one.
   *
   * @param option the file option's name, e.g. {@code --secret-file}
   * @param inlineOption the inline option's name, e.g. {@code --secret}
   * @param inline the inline value, or null
   * @param file the file (relative to {@code workingDirectory}), or null
   * @return the secret, or null if neither is given
   * @throws CliFailure exit 1 if both are given, or the file cannot be read or is empty
   */
  public static String choose(
      Path workingDirectory, String option, String inlineOption, String inline, Path file) {
    if (file == null) {
      return inline;
    }
    if (inline != null) {
      throw new CliFailure(
          ExitCodes.USAGE, "Pass " + inlineOption + " or " + option + ", not both.");
    }
    return read(workingDirectory, option, file);
  }

  /**
   * @throws CliFailure exit 1 if the file cannot be read or is empty
   */
  public static String read(Path workingDirectory, String option, Path file) {
    String secret;
    try {
      secret = Files.readString(workingDirectory.resolve(file), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.USAGE, option + ": cannot read " + file + " (" + IoProblems.describe(e) + ").");
    }
    if (secret.isEmpty()) {
      throw new CliFailure(ExitCodes.USAGE, option + ": " + file + " is empty.");
    }
    return secret;
  }
}
