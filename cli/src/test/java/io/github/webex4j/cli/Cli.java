package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.webex4j.emulator.WebexEmulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs {@code webex} in-process with a fake environment and captured output; the one runner of
 * every CLI test (no real sleeping: the client gets a no-op sleeper).
 */
public final class Cli {
  private final Map<String, String> env = new HashMap<>();
  private final Path workingDirectory;
  private boolean terminal;

  /**
   * @param workingDirectory where {@code .env} is looked up (a test's temp dir)
   */
  public Cli(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /** A runner against {@code emulator} with {@code token} as WEBEX_API_TOKEN. */
  public static Cli against(WebexEmulator emulator, String token, Path workingDirectory) {
    return new Cli(workingDirectory)
        .env("WEBEX_BASE_URL", emulator.baseUri().toString())
        .env("WEBEX_API_TOKEN", token);
  }

  /** Sets an environment variable for later runs. */
  public Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Sets environment variables for later runs. */
  public Cli env(Map<String, String> values) {
    env.putAll(values);
    return this;
  }

  /** Pretends a person watches on a terminal (progress bars). */
  public Cli terminal(boolean terminal) {
    this.terminal = terminal;
    return this;
  }

  /** Runs the command line and captures exit code, stdout and stderr. */
  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            env,
            workingDirectory,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            builder -> builder.sleeper(duration -> {}),
            terminal);
    int exitCode = WebexCommand.commandLine(context, args).execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  /**
   * Runs {@code args} with {@code -o id} (a create, mostly), asserts exit code 0 and returns the
   * one id printed.
   */
  public String id(String... args) {
    String[] withId = Arrays.copyOf(args, args.length + 2);
    withId[args.length] = "-o";
    withId[args.length + 1] = "id";
    return ok(run(withId)).id();
  }

  /** Asserts exit code 0 (showing stderr otherwise) and returns the result. */
  public static Result ok(Result result) {
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result;
  }

  /** Asserts exit code 0 and parses stdout as JSON. */
  public static JsonNode json(Result result) {
    try {
      return JsonMapper.builder().build().readTree(ok(result).out());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The outcome of one run.
   *
   * @param exitCode the process exit code
   * @param out stdout
   * @param err stderr
   */
  public record Result(int exitCode, String out, String err) {
    /** stdout and stderr together, for "never in any output" checks. */
    public String all() {
      return out + err;
    }

    /** stdout without surrounding whitespace (an id printed alone). */
    public String id() {
      return out.strip();
    }
  }
}
