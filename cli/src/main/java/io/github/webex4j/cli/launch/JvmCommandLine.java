package io.github.webex4j.cli.launch;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The arguments this JVM's process was started with, as Linux lists them in {@code cmdline}. */
final class JvmCommandLine {
  private JvmCommandLine() {}

  /**
   * @param cmdline {@code /proc/self/cmdline}: the arguments, each ended by a NUL byte
   * @return the arguments, {@code java} first; empty where the file cannot be read (not Linux)
   */
  static List<String> read(Path cmdline) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(cmdline);
    } catch (IOException | UnsupportedOperationException e) {
      return List.of();
    }
    List<String> arguments = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        arguments.add(new String(bytes, start, i - start, Charset.defaultCharset()));
        start = i + 1;
      }
    }
    return arguments;
  }

  /**
   * @param arguments the process's arguments, {@code java} first
   * @return the jar of {@code java -jar JAR ...} with no other JVM option, else empty
   */
  static Optional<String> plainJar(List<String> arguments) {
    return arguments.size() >= 3 && arguments.get(1).equals("-jar")
        ? Optional.of(arguments.get(2))
        : Optional.empty();
  }
}
