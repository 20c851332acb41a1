package io.github.webex4j.cli.notify;

import io.github.webex4j.cli.CliContext;
import io.github.webex4j.cli.WebexCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs {@code webex notify ...} in-process with a fake environment and captured output. */
final class NotifyCli {
  private final Map<String, String> env = new HashMap<>();
  private final Path workingDirectory;

  NotifyCli(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  NotifyCli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  NotifyCli env(Map<String, String> values) {
    env.putAll(values);
    return this;
  }

  /** Runs {@code webex} with {@code args} (the first being a global option or {@code notify}). */
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

  /** Runs {@code webex notify} followed by {@code args}. */
  Result notify(String... args) {
    List<String> all = new ArrayList<>();
    all.add("notify");
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  record Result(int exitCode, String out, String err) {
    String all() {
      return out + err;
    }

    String id() {
      return out.strip();
    }
  }
}
