package io.github.webex4j.cli;

import io.github.webex4j.cli.launch.RecordingExit;
import picocli.CommandLine;

/** Process entry point of {@code webex}: runs the command line and exits with its exit code. */
public final class Main {
  private Main() {}

  /**
   * @param args the command line
   */
  public static void main(String[] args) {
    CliContext context = CliContext.system();
    CommandLine commandLine = WebexCommand.commandLine(context, args);
    WebexCommand root = commandLine.getCommand();
    root.onDeadline(
        () -> {
          context
              .err()
              .println(
                  "webex: stopped: the command ran past its deadline of "
                      + root.deadline().toSeconds()
                      + " s (--deadline, WEBEX_DEADLINE); a message being sent at that moment may"
                      + " or may not have been delivered.");
          context.err().flush();
          RecordingExit.exit(ExitCodes.NETWORK);
        });
    int exitCode = commandLine.execute(args);
    HttpSelectorThreads.stop();
    context.out().flush();
    context.err().flush();
    RecordingExit.exit(exitCode);
  }
}
