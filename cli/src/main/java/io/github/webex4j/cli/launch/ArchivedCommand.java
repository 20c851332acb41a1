package io.github.webex4j.cli.launch;

import io.github.webex4j.cli.RootOptions;
import java.util.List;
import java.util.Set;

/**
 * Which start-up archive a command line belongs to: one archive per top-level command, as the
 * {@code ./webex} script keeps them, never recorded from a help run.
 */
final class ArchivedCommand {
  private static final Set<String> HELP = Set.of("-h", "--help", "help", "generate-completion");

  private ArchivedCommand() {}

  /**
   * @param args the command line
   * @return the command's name ({@code rooms}, {@code notify}: the first name after the root
   *     options, {@link RootOptions#firstNameAt}), else {@code webex} ({@code --version}, {@code
   *     --help}, a name that is not a command's)
   */
  static String name(List<String> args) {
    int at = RootOptions.firstNameAt(args);
    return at >= 0 && args.get(at).matches("[a-z][a-z-]*") ? args.get(at) : "webex";
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
