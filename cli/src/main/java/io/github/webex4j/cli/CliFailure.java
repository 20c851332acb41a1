package io.github.webex4j.cli;

/**
 * A problem the CLI itself detected (ambiguous title, unreadable token file...). Reported as one
 * line without a stack trace, with the given exit code.
 */
public final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * @param exitCode one of {@link ExitCodes}
   * @param message what went wrong and what to do; never a secret
   */
  public CliFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** The process exit code for this failure. */
  public int exitCode() {
    return exitCode;
  }
}
