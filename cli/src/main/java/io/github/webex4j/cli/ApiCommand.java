package io.github.webex4j.cli;

import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.WebexClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of commands that call Webex: access to the invocation's client, output and title lookup.
 * Subclasses are picocli commands (often with one method per verb).
 */
public abstract class ApiCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  /**
   * Without a verb: one line naming the verbs and where the help is, exit code 1. Commands that do
   * something override it.
   */
  @Override
  public Integer call() throws Exception {
    PrintWriter err = root().context().err();
    err.println(
        "webex: "
            + spec.qualifiedName().substring(spec.root().name().length() + 1)
            + " needs a command: "
            + String.join(
                ", ",
                spec.subcommands().values().stream()
                    .map(CommandLine::getCommandName)
                    .distinct()
                    .toList())
            + "; see '"
            + spec.qualifiedName()
            + " --help'");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The root command (global options, environment). */
  protected final WebexCommand root() {
    return WebexCommand.of(spec);
  }

  /** The client, created on first use. */
  protected final WebexClient webex() {
    return root().client();
  }

  /** The output in the chosen format. */
  protected final Output output() {
    return root().output();
  }

  /**
   * A path from the command line, relative ones resolved against the invocation's working
   * directory; that directory itself for null.
   */
  protected final Path localPath(Path given) {
    Path directory = root().context().workingDirectory();
    return given == null ? directory : directory.resolve(given);
  }

  /** Finds rooms and teams by title. */
  protected final Lookup lookup() {
    return new Lookup(webex());
  }

  /**
   * Prints every item of {@code first} and the following pages, up to {@code --limit}.
   *
   * @return exit code 0
   */
  protected final int list(Page<?> first, ListOptions options, List<String> columns) {
    output().list(options.limit(first.autoPager()), columns);
    return ExitCodes.OK;
  }

  /** Prints one result; exit code 0. */
  protected final int show(Object item) {
    output().item(item);
    return ExitCodes.OK;
  }

  /**
   * Runs {@code request} (a delete) and reports it; a 404 with {@code --ignore-not-found} is
   * reported as already gone. Exit code 0.
   */
  protected final int delete(DeleteOptions options, String what, String id, Runnable request) {
    try {
      request.run();
    } catch (NotFoundException e) {
      if (!options.ignoreNotFound()) {
        throw e;
      }
      return notFound(what, id);
    }
    output().done("Deleted " + what + " " + id, id, Map.of("deleted", id));
    return ExitCodes.OK;
  }

  /** Reports that there was nothing to delete ({@code --ignore-not-found}); exit code 0. */
  protected final int notFound(String what, String idOrName) {
    output()
        .done(
            "No " + what + " " + idOrName + " (already deleted or never there)",
            idOrName,
            Map.of("deleted", idOrName, "notFound", true));
    return ExitCodes.OK;
  }
}
