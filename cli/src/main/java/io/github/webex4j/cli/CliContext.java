package io.github.webex4j.cli;

import io.github.webex4j.WebexClient;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a command may touch of the outside world, injectable for tests: environment variables, the
 * directory whose {@code .env} is read, the output streams, and extra client settings.
 *
 * @param env environment variables (token, base URL, {@code WEBEX_DEMO_MEMBERS})
 * @param workingDirectory directory holding the {@code .env} file
 * @param out standard output (results)
 * @param err standard error (errors, notes, {@code --verbose} request lines)
 * @param clientSettings applied to every client builder last (tests pass a no-op sleeper)
 * @param terminal whether a person watches (a console is attached): progress is drawn as a bar
 *     instead of periodic lines
 */
public record CliContext(
    Map<String, String> env,
    Path workingDirectory,
    PrintWriter out,
    PrintWriter err,
    UnaryOperator<WebexClient.Builder> clientSettings,
    boolean terminal) {

  /** Copies {@code env}; all arguments non-null. */
  public CliContext {
    env = Map.copyOf(env);
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(clientSettings, "clientSettings");
  }

  /** A context without a terminal (scripts, CI, tests). */
  public CliContext(
      Map<String, String> env,
      Path workingDirectory,
      PrintWriter out,
      PrintWriter err,
      UnaryOperator<WebexClient.Builder> clientSettings) {
    this(env, workingDirectory, out, err, clientSettings, false);
  }

  /**
   * The real process: {@link System#getenv()}, the current directory, stdout and stderr, a terminal
   * if {@link System#console()} is present.
   */
  public static CliContext system() {
    return new CliContext(
        System.getenv(),
        Path.of("").toAbsolutePath(),
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        UnaryOperator.identity(),
        System.console() != null);
  }
}
