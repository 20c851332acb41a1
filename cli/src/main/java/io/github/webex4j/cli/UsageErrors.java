package io.github.webex4j.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * A command line picocli cannot parse: one line saying what is wrong (with a "did you mean" for a
 * mistyped option or command) and where the help is, as gh and kubectl do; never the whole usage.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(CommandLine.ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    String line = problem.getMessage();
    if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        line +=
            "; did you mean "
                + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))
                + "?";
      }
    }
    err.println("webex: " + line);
    err.println(seeHelp(command.getCommandSpec()));
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** {@code see 'webex rooms list --help'}. */
  static String seeHelp(CommandLine.Model.CommandSpec command) {
    return "see '" + command.qualifiedName() + " --help'";
  }
}
