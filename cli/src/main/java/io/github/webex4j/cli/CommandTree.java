package io.github.webex4j.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds the picocli command line of one command. A {@link CommandGroup} gets only the subcommand
 * the remaining arguments name, built the same way (a group within a group too), or all of them
 * when the arguments name none of them (help, a typo, nothing) or the whole tree is asked for.
 */
final class CommandTree {
  private CommandTree() {}

  /**
   * @param type the command's class
   * @param rest the arguments after the command's name, or null for every subcommand
   */
  static CommandLine of(Class<?> type, List<String> rest) {
    Object command = create(type);
    CommandLine line = new CommandLine(command);
    if (command instanceof CommandGroup group) {
      int at = rest == null ? -1 : RootOptions.firstNameAt(rest);
      String name = at < 0 ? null : rest.get(at);
      List<Class<?>> named =
          group.subcommands().stream().filter(sub -> namesOf(sub).contains(name)).toList();
      if (named.isEmpty()) {
        group.subcommands().forEach(sub -> line.addSubcommand(of(sub, null)));
      } else {
        line.addSubcommand(of(named.get(0), rest.subList(at + 1, rest.size())));
      }
    }
    return line;
  }

  private static List<String> namesOf(Class<?> type) {
    Command command = type.getAnnotation(Command.class);
    if (command == null) {
      return List.of();
    }
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(command.name()),
            java.util.stream.Stream.of(command.aliases()))
        .toList();
  }

  private static Object create(Class<?> type) {
    try {
      return CommandLine.defaultFactory().create(type);
    } catch (Exception e) {
      throw new CommandLine.InitializationException("cannot create " + type.getName(), e);
    }
  }
}
