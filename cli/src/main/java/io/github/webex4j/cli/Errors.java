package io.github.webex4j.cli;

import io.github.webex4j.ForbiddenException;
import io.github.webex4j.MissingTokenException;
import io.github.webex4j.UnauthorizedException;
import io.github.webex4j.WebexApiException;
import io.github.webex4j.WebexException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns a failure into the one line the user sees (status, Webex's message and trackingId come from
 * the client's exception message, which never holds the token), plus detail with {@code --verbose}.
 * Stack traces only for unexpected exceptions, and only with {@code --verbose}.
 */
public final class Errors implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    WebexCommand root = (WebexCommand) commandLine.getCommandSpec().root().userObject();
    report(exception, root.verbose(), root.context().err(), commandLine.getCommandSpec());
    return ExitCodes.of(exception);
  }

  /**
   * Prints the failure to {@code err}: one line, then detail lines when {@code verbose}. A
   * validation message names the options of {@code command} instead of the client's fields.
   */
  static void report(
      Throwable exception,
      boolean verbose,
      PrintWriter err,
      CommandLine.Model.CommandSpec command) {
    Throwable problem = rootProblem(exception);
    String line = ClassNames.toWords(line(problem));
    if (problem instanceof IllegalArgumentException) {
      line = FlagNames.rewrite(line, command);
    }
    err.println("webex: " + line);
    if (command != null && isUsageMistake(problem)) {
      err.println(UsageErrors.seeHelp(command));
    }
    if (verbose) {
      if (problem instanceof WebexApiException api) {
        api.errors().forEach(detail -> err.println("  error: " + detail));
      }
      if (!isExpected(problem)) {
        problem.printStackTrace(err);
      } else {
        String shown = problem.getMessage();
        for (Throwable cause = problem.getCause(); cause != null; cause = cause.getCause()) {
          String message = cause.getMessage();
          if (message != null && !message.isBlank() && !message.equals(shown)) {
            err.println("  caused by: " + ClassNames.toWords(message));
            shown = message;
          }
        }
      }
    }
    err.flush();
  }

  /** The one line shown for {@code failure} (looking through wrappers), never a secret. */
  public static String oneLine(Throwable failure) {
    return ClassNames.toWords(line(rootProblem(failure)));
  }

  /** The message line for a failure, with a hint for the common authentication problems. */
  static String line(Throwable problem) {
    if (problem instanceof MissingTokenException) {
      return "No Webex access token found. Use --token-file PATH, set WEBEX_API_TOKEN (or"
          + " WEBEX_ACCESS_TOKEN), or put WEBEX_API_TOKEN=... in ./.env. Personal tokens"
          + " (valid 12 hours): https://developer.webex.com/docs/getting-started; bot tokens do"
          + " not expire: https://developer.webex.com/my-apps/new/bot";
    }
    if (problem instanceof UnauthorizedException e) {
      return e.getMessage()
          + ". The token was rejected: personal access tokens expire after 12 hours; bot tokens"
          + " do not.";
    }
    if (problem instanceof ForbiddenException e) {
      return e.getMessage() + ". The token is valid but lacks the permission or scope.";
    }
    if (isExpected(problem)) {
      return problem.getMessage();
    }
    return problem.getMessage() == null
        ? "unexpected failure (run again with -v for the details)"
        : "unexpected failure: " + problem.getMessage() + " (run again with -v for the details)";
  }

  /** A wrong argument the command found itself (not a configuration problem such as .env). */
  private static boolean isUsageMistake(Throwable problem) {
    return problem instanceof IllegalArgumentException
        || (problem instanceof CliFailure f && f.exitCode() == ExitCodes.USAGE);
  }

  private static boolean isExpected(Throwable e) {
    return e instanceof WebexException
        || e instanceof CliFailure
        || e instanceof IllegalArgumentException;
  }

  /** Looks through wrappers (picocli's, a failed workflow step) to the failure to report. */
  static Throwable rootProblem(Throwable exception) {
    Throwable e = exception;
    while (!isExpected(e) && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
