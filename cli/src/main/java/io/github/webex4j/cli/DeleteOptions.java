package io.github.webex4j.cli;

import picocli.CommandLine.Option;

/** {@code --ignore-not-found} of every {@code delete} verb (a picocli mixin). */
public final class DeleteOptions {
  @Option(
      names = "--ignore-not-found",
      description =
          "Succeed (exit 0) if it does not exist (Webex answers 404), for idempotent scripts.")
  private boolean ignoreNotFound;

  /** Whether a 404 counts as done. */
  public boolean ignoreNotFound() {
    return ignoreNotFound;
  }
}
