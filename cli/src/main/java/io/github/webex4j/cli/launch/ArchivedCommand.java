package io.github.webex4j.cli.launch;

import io.github.webex4j.cli.RootOptions;
import java.util.List;
import java.util.Set;

/**
 * Which start-up archive a command line belongs to, by the same rules as the {@code ./webex}
 * script: one archive per top-level command, never recorded from a help run.
 */
final class ArchivedCommand {
  private static final Set<String> HELP = Set.of("-h", "--help", "help", "generate-completion");

  private ArchivedCommand() {}

  /**
   * @param args the command line
   * @return the first argument that looks like a command name ({@code rooms}, {@code notify}),
   *     skipping root options and their values, else {@code webex} ({@code --version}, {@code
   *     --help})
   */
  static String name(List<String> args) {
    boolean optionValue = false;
    for (String arg : args) {
      if (optionValue) {
        optionValue = false;
      } else if (arg.startsWith("-")) {
        optionValue = RootOptions.WITH_VALUES.contains(arg);
      } else {
        return arg.matches("[a-z][a-z-]*") ? arg : "webex";
      }
    }
    return "webex";
  }

  /**
   * @param args the command line
   * @return whether it asks for help or completion: such a run loads other classes than the command
   *     itself, so it must not record the command's archive
   */
  static boolean asksForHelp(List<String> args) {
    for (String arg : args) {
      if (HELP.contains(arg)) {
        return true;
      }
    }
    return false;
  }
}
