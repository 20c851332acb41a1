package io.github.webex4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code webex} in-process with a fake environment and captured output. */
final class Cli {
  private final Map<String, String> env = new HashMap<>();
  private final Path workingDirectory;

  /**
   * @param workingDirectory where {@code .env} is looked up (a test's temp dir)
   */
  Cli(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /** Sets an environment variable for later runs. */
  Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Runs the command line and captures exit code, stdout and stderr. */
  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            env,
            workingDirectory,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            builder -> builder.sleeper(duration -> {}));
    int exitCode = WebexCommand.commandLine(context).execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  /** The outcome of one run. */
  record Result(int exitCode, String out, String err) {
    /** stdout and stderr together, for "never in any output" checks. */
    String all() {
      return out + err;
    }
  }
}
