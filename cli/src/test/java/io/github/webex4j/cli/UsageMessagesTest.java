package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors are one line plus where the help is; messages name flags, not fields. */
class UsageMessagesTest {
  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir)
        .env("WEBEX_API_TOKEN", "token-usage-1234")
        .env("WEBEX_BASE_URL", "http://127.0.0.1:1/v1");
  }

  @Test
  void aMissingOptionValueIsOneLineAndWhereTheHelpIs() {
    Cli.Result result = cli().run("rooms", "list", "--page-size");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().lines())
        .containsExactly(
            "webex: Missing required parameter for option '--page-size' (N)",
            "see 'webex rooms list --help'");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aMistypedOptionSuggestsTheRightOne() {
    Cli.Result result = cli().run("rooms", "list", "--page-sise", "5");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().lines()).hasSize(2);
    assertThat(result.err()).contains("--page-size").contains("see 'webex rooms list --help'");
  }

  @Test
  void aResourceWithoutAVerbNamesItsVerbsInOneLine() {
    Cli.Result result = cli().run("rooms");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().lines())
        .singleElement()
        .asString()
        .startsWith("webex: rooms needs a command: list, get")
        .endsWith("see 'webex rooms --help'");
  }

  @Test
  void aMistakeTheCommandFindsAlsoSaysWhereTheHelpIs() {
    Cli.Result result =
        cli().run("notify", "--room", "R", "--to-person", "a@example.com", "--status", "success");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().lines())
        .containsExactly(
            "webex: Pass --room or --to-person, not both.", "see 'webex notify --help'");
  }

  @Test
  void validationNamesTheFlagNotTheField() {
    Cli.Result result = cli().run("rooms", "list", "--page-size", "0");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--page-size must be between 1 and 1000");
    assertThat(result.err()).doesNotContain("pageSize");
  }

  @Test
  void fieldsAreRewrittenOnlyWhereTheCommandHasTheOption() {
    picocli.CommandLine rooms =
        WebexCommand.commandLine(
                new CliContext(
                    Map.of(),
                    dir,
                    new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()),
                    builder -> builder),
                new String[] {"rooms", "list"})
            .getSubcommands()
            .get("rooms")
            .getSubcommands()
            .get("list");

    assertThat(
            FlagNames.rewrite(
                "orgPublicSpaces cannot be combined with teamId, type or sortBy",
                rooms.getCommandSpec()))
        .isEqualTo("--public-spaces cannot be combined with --team, type or --sort");
    assertThat(FlagNames.rewrite("to must not be before from", rooms.getCommandSpec()))
        .isEqualTo("--to must not be before from");
    assertThat(FlagNames.rewrite("colour must be red", rooms.getCommandSpec()))
        .isEqualTo("colour must be red");
  }

  @Test
  void datesAreAcceptedAsPeopleTypeThem() {
    InstantOption option = new InstantOption();

    assertThat(option.convert("2026-01-01")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(option.convert("2026-01-01T09:30")).isEqualTo(Instant.parse("2026-01-01T09:30:00Z"));
    assertThat(option.convert("2026-01-01 09:30")).isEqualTo(Instant.parse("2026-01-01T09:30:00Z"));
    assertThat(option.convert("2026-01-01T09:30:00+02:00"))
        .isEqualTo(Instant.parse("2026-01-01T07:30:00Z"));
    assertThat(option.convert("2026-01-01T09:30:00.123Z"))
        .isEqualTo(Instant.parse("2026-01-01T09:30:00.123Z"));
  }

  @Test
  void aDateOptionTakesADateAndABadOneSaysWhatWorks() {
    Cli.Result accepted = cli().run("messages", "list", "--room", "r", "--before", "2026-01-01");
    Cli.Result refused = cli().run("messages", "list", "--room", "r", "--before", "yesterday");

    assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(ExitCodes.NETWORK);
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err())
        .contains("'yesterday' is not a date or time: use e.g. 2026-01-31")
        .doesNotContain("java.")
        .contains("see 'webex messages list --help'");
  }
}
