package io.github.webex4j.cli;

import java.util.List;
import java.util.Set;

/** Facts about the root command's options needed before picocli has built it. */
public final class RootOptions {
  /**
   * The root options that take a value (the next argument): skipped when looking for a command's
   * name. {@code RootCommandTest} keeps it equal to the root command's options.
   */
  static final Set<String> WITH_VALUES =
      Set.of("--token-file", "--base-url", "-o", "--output", "--timeout", "--deadline");

  private RootOptions() {}

  /**
   * @param args command-line arguments
   * @return where the first name (an argument that is not an option or a root option's value)
   *     stands in {@code args}, or -1 if there is none or help is asked for before it
   */
  public static int firstNameAt(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (WITH_VALUES.contains(arg)) {
        i++;
      } else if (arg.equals("-h") || arg.equals("--help")) {
        return -1;
      } else if (!arg.startsWith("-")) {
        return i;
      }
    }
    return -1;
  }
}
