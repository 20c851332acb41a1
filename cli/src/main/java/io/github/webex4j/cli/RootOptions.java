package io.github.webex4j.cli;

import java.util.Set;

/** Facts about the root command's options needed before picocli has built it. */
public final class RootOptions {
  /**
   * The root options that take a value (the next argument): skipped when looking for a command's
   * name. {@code RootCommandTest} keeps it equal to the root command's options.
   */
  public static final Set<String> WITH_VALUES =
      Set.of("--token-file", "--base-url", "-o", "--output", "--timeout", "--deadline");

  private RootOptions() {}
}
