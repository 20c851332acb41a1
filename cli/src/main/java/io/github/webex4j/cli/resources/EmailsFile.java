package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.CliFailure;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.cli.IoProblems;
import io.github.webex4j.cli.People;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A file of email addresses: one per line; blank lines and {@code #} comments are skipped. */
final class EmailsFile {
  private EmailsFile() {}

  /**
   * Reads the distinct addresses in file order (case-insensitive duplicates dropped).
   *
   * @throws CliFailure (usage) if the file cannot be read, holds no address, or a line is not an
   *     email address (naming the line)
   */
  static List<String> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.USAGE,
          "Cannot read the emails file " + file + " (" + IoProblems.describe(e) + ")");
    }
    Set<String> seen = new LinkedHashSet<>();
    Set<String> emails = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int comment = line.indexOf('#');
      String email = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (email.isEmpty()) {
        continue;
      }
      if (!People.isEmail(email)) {
        throw new CliFailure(
            ExitCodes.USAGE, file + " line " + (i + 1) + ": not an email address: " + email);
      }
      if (seen.add(email.toLowerCase(Locale.ROOT))) {
        emails.add(email);
      }
    }
    if (emails.isEmpty()) {
      throw new CliFailure(ExitCodes.USAGE, file + " holds no email address.");
    }
    return List.copyOf(emails);
  }
}
