package io.github.webex4j.cli;

/** Process entry point of {@code webex}: runs the command line and exits with its exit code. */
public final class Main {
  private Main() {}

  /**
   * @param args the command line
   */
  public static void main(String[] args) {
    int exitCode = WebexCommand.commandLine(CliContext.system(), args).execute(args);
    HttpSelectorThreads.stop();
    System.exit(exitCode);
  }
}
