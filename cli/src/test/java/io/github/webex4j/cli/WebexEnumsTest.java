package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.meetings.MeetingType;
import io.github.webex4j.rooms.RoomSortBy;
import io.github.webex4j.webhooks.WebhookResource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Enum options take, offer and list the Webex spellings (parsing only, no requests). */
class WebexEnumsTest {
  @TempDir Path dir;

  private CommandLine commandLine() {
    return WebexCommand.commandLine(
        new CliContext(
            Map.of(),
            dir,
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            UnaryOperator.identity()));
  }

  private Object parsed(String option, String... args) {
    CommandLine.ParseResult result = commandLine().parseArgs(args);
    while (result.hasSubcommand()) {
      result = result.subcommand();
    }
    return result.matchedOptionValue(option, null);
  }

  @Test
  void webexSpellingsMatchIgnoringCaseAndSeparators() {
    for (String spelling :
        new String[] {"lastactivity", "LastActivity", "last_activity", "LAST-ACTIVITY"}) {
      assertThat(parsed("--sort", "rooms", "list", "--sort", spelling))
          .isEqualTo(RoomSortBy.LAST_ACTIVITY);
    }
    assertThat(parsed("--type", "meetings", "list", "--type", "meetingSeries"))
        .isEqualTo(MeetingType.MEETING_SERIES);
    assertThat(
            parsed(
                "--resource",
                "webhooks",
                "create",
                "--name",
                "n",
                "--target-url",
                "http://127.0.0.1:9/",
                "--event",
                "created",
                "--resource",
                "attachmentactions"))
        .isEqualTo(WebhookResource.ATTACHMENT_ACTIONS);
  }

  @Test
  void aWrongValueListsTheWebexSpellingsAndExitsOne() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = commandLine();
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute("rooms", "list", "--sort", "latest");
    assertThat(exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("expected one of id, lastactivity, created (was 'latest')");
    StringWriter unknown = new StringWriter();
    CommandLine second = commandLine();
    second.setErr(new PrintWriter(unknown, true));
    assertThat(second.execute("rooms", "list", "--type", "unknown"))
        .as(unknown.toString())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void helpAndCompletionOfferTheWebexSpellings() {
    StringWriter help = new StringWriter();
    commandLine()
        .getSubcommands()
        .get("rooms")
        .getSubcommands()
        .get("list")
        .usage(new PrintWriter(help, true));
    assertThat(help.toString()).contains("id, lastactivity, created", "direct, group");
    assertThat(help.toString()).doesNotContain("LAST_ACTIVITY", "unknown");

    String script = picocli.AutoComplete.bash("webex", commandLine());
    assertThat(script).contains("lastactivity", "attachmentActions", "meetingSeries");
    assertThat(script).doesNotContain("LAST_ACTIVITY", "MEETING_SERIES");
  }
}
