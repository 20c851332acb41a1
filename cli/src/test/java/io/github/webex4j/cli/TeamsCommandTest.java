package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamsCommandTest {
  private static WebexEmulator emulator;
  private static EmulatedPerson ben;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    emulator = WebexEmulator.start();
    ben = emulator.createPerson("ben@example.com", "Ben");
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private Cli cli() {
    return Cli.against(emulator, ben.token(), dir);
  }

  @Test
  void createListGetUpdateDeleteByName() {
    Cli.Result created = cli().run("teams", "create", "--name", "Crud Team", "-o", "json");
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(created.out()).contains("\"name\" : \"Crud Team\"");

    Cli.Result table = cli().run("teams", "list");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out().lines().findFirst())
        .hasValueSatisfying(h -> assertThat(h).startsWith("id"));
    assertThat(table.out()).contains("Crud Team");

    Cli.Result got = cli().run("teams", "get", "Crud Team");
    assertThat(got.exitCode()).as(got.err()).isZero();
    assertThat(got.out()).contains("name").contains("Crud Team");

    Cli.Result updated = cli().run("teams", "update", "Crud Team", "--name", "Renamed Team");
    assertThat(updated.exitCode()).as(updated.err()).isZero();
    assertThat(cli().run("teams", "list", "--jsonl").out()).contains("\"name\":\"Renamed Team\"");

    Cli.Result unconfirmed = cli().run("teams", "delete", "Renamed Team");
    assertThat(unconfirmed.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unconfirmed.err()).contains("also deletes its rooms").contains("--yes");
    assertThat(cli().run("teams", "list", "-o", "json").out()).contains("Renamed Team");

    Cli.Result deleted = cli().run("teams", "delete", "Renamed Team", "--yes");
    assertThat(deleted.exitCode()).as(deleted.err()).isZero();
    assertThat(cli().run("teams", "list", "-o", "json").out()).doesNotContain("Renamed Team");
  }

  @Test
  void deletesWithIgnoreNotFoundSucceedWhenItIsAlreadyGone() {
    String id = cli().id("teams", "create", "--name", "Short-lived");
    cli().id("rooms", "create", "--title", "Short-lived room");
    Cli.ok(cli().run("teams", "delete", id, "--yes"));

    Cli.Result byIdAgain = cli().run("teams", "delete", id, "--yes");
    Cli.Result byIdIgnored = cli().run("teams", "delete", id, "--yes", "--ignore-not-found");
    Cli.Result byName = cli().run("teams", "delete", "Short-lived", "--yes", "--ignore-not-found");
    Cli.Result roomByName = cli().run("rooms", "delete", "Never there", "--ignore-not-found");
    Cli.Result roomOnce = cli().run("rooms", "delete", "Short-lived room", "--ignore-not-found");
    Cli.Result json =
        cli().run("rooms", "delete", "Short-lived room", "--ignore-not-found", "-o", "json");

    assertThat(byIdAgain.exitCode()).isEqualTo(ExitCodes.API);
    assertThat(byIdIgnored.exitCode()).as(byIdIgnored.err()).isZero();
    assertThat(byIdIgnored.out()).contains("already deleted or never there");
    assertThat(byName.exitCode()).as(byName.err()).isZero();
    assertThat(roomByName.exitCode()).as(roomByName.err()).isZero();
    assertThat(roomOnce.out()).startsWith("Deleted room ");
    assertThat(json.out()).contains("\"notFound\":true");
  }

  @Test
  void listStreamsAllPagesUpToLimit() {
    for (int i = 0; i < 5; i++) {
      assertThat(cli().run("teams", "create", "--name", "Paged " + i).exitCode()).isZero();
    }
    Cli.Result all = cli().run("teams", "list", "--page-size", "2", "--jsonl");
    assertThat(all.out().lines().filter(l -> l.contains("Paged "))).hasSize(5);

    Cli.Result limited = cli().run("teams", "list", "--page-size", "2", "--limit", "3", "--jsonl");
    assertThat(limited.out().lines()).hasSize(3);
  }

  @Test
  void ambiguousNameListsCandidates() {
    cli().run("teams", "create", "--name", "Twin");
    cli().run("teams", "create", "--name", "Twin");
    Cli.Result result = cli().run("teams", "get", "Twin");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("2 teams are named \"Twin\"").contains("Y2lzY29zcGFyazovL");

    Cli.Result missing = cli().run("teams", "get", "Nobody's team");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.API);
    assertThat(missing.err()).contains("No team named");
  }
}
