package io.github.webex4j;

import io.github.webex4j.internal.DotEnv;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code .env} file the client reads its token and base URL from, for applications that keep
 * their own settings there too (the CLI's {@code WEBEX_NOTIFY_ROOM}). Same syntax as the client
 * reads: {@code KEY=VALUE} lines, {@code #} comments, an optional {@code export }, single or double
 * quotes.
 *
 * @since 0.1.0
 */
public final class DotEnvFile {
  private DotEnvFile() {}

  /**
   * The values of {@code .env} in {@code directory} (what {@link
   * WebexClient.Builder#workingDirectory(Path)} names).
   *
   * @return keys and values in file order; empty if there is no {@code .env}
   * @throws WebexConfigurationException if the file cannot be read or a line is malformed (the
   *     message names the line number, never its content)
   */
  public static Map<String, String> read(Path directory) {
    return DotEnv.read(directory.resolve(".env"));
  }
}
