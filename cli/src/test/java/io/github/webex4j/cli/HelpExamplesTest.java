package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every example in every help page is one line that can be copied and pasted as it is. */
class HelpExamplesTest {
  @Test
  void everyExampleIsOneCommandOnOneLineThatIsNotWrapped() {
    CommandLine root =
        WebexCommand.commandLine(
            new CliContext(
                Map.of(),
                Path.of("."),
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                builder -> builder));
    List<String> problems = new ArrayList<>();
    check(root, problems);

    assertThat(problems).isEmpty();
  }

  private static void check(CommandLine command, List<String> problems) {
    String name = command.getCommandSpec().qualifiedName();
    List<String> usage = command.getUsageMessage().lines().toList();
    for (String line : command.getCommandSpec().usageMessage().footer()) {
      String example = line.replace("%n", "").replace("%%", "%");
      if (example.isBlank()) {
        continue;
      }
      if (example.endsWith("\\")) {
        problems.add(name + ": continued on the next line: " + example);
      }
      if (!usage.contains(example)) {
        problems.add(name + ": not printed as one line (wrapped): " + example);
      }
      String text = example.strip();
      if (!(text.startsWith("webex ")
          || text.startsWith("source ")
          || text.startsWith("export ")
          || text.matches("[A-Z_]+=\\S+ .*webex .*"))) {
        problems.add(name + ": not a command by itself: " + example);
      }
    }
    command.getSubcommands().values().stream().distinct().forEach(sub -> check(sub, problems));
  }
}
