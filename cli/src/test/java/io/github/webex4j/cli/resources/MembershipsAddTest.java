package io.github.webex4j.cli.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.WebexClient;
import io.github.webex4j.cli.Cli;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.memberships.Membership;
import io.github.webex4j.memberships.MembershipCreateParams;
import io.github.webex4j.memberships.MembershipListParams;
import io.github.webex4j.rooms.RoomCreateParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code webex memberships add --emails-file} through the client's bulk API. */
class MembershipsAddTest {
  private static final int PEOPLE = 20;

  private static WebexEmulator emulator;
  private static EmulatedPerson owner;
  private static WebexClient webex;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    emulator = WebexEmulator.start();
    owner = emulator.createPerson("owner@example.com", "Owner");
    IntStream.range(0, PEOPLE)
        .forEach(i -> emulator.createPerson("p" + i + "@example.com", "P" + i));
    webex =
        WebexClient.builder()
            .accessToken(owner.token())
            .baseUrl(emulator.baseUri().toString())
            .environment(Map.of())
            .build();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private Cli.Result run(boolean terminal, String... args) {
    return Cli.against(emulator, owner.token(), dir).terminal(terminal).run(args);
  }

  private Path emailsFile(String title, List<String> extra) throws IOException {
    List<String> lines = new ArrayList<>(List.of("# team of " + title, ""));
    IntStream.range(0, PEOPLE).forEach(i -> lines.add("p" + i + "@example.com  # person " + i));
    lines.addAll(extra);
    return Files.write(dir.resolve(title + ".txt"), lines);
  }

  private List<Membership> members(String roomId) {
    return webex.memberships().list(MembershipListParams.ofRoom(roomId)).autoPager().stream()
        .toList();
  }

  @Test
  void addsEveryoneReportsExistingMembersAndFailuresAndExitsTwo() throws IOException {
    String roomId = webex.rooms().create(RoomCreateParams.of("Bulk Room")).id();
    webex.memberships().create(MembershipCreateParams.byEmail(roomId, "p3@example.com"));
    Path file = emailsFile("bulk", List.of("P1@example.com", "nobody@example.com"));

    Cli.Result run =
        run(
            false,
            "memberships",
            "add",
            "--room",
            "Bulk Room",
            "--emails-file",
            file.toString(),
            "--concurrency",
            "3");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.API);
    assertThat(members(roomId)).hasSize(PEOPLE + 1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1 + PEOPLE + 1);
    assertThat(lines.get(0)).startsWith("email").contains("result", "membershipId", "error");
    assertThat(lines).filteredOn(l -> l.contains(" added ")).hasSize(PEOPLE - 1);
    assertThat(lines)
        .filteredOn(l -> l.startsWith("p3@example.com"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("exists"));
    assertThat(lines)
        .filteredOn(l -> l.startsWith("nobody@example.com"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("failed", "404"));
    assertThat(run.err())
        .contains("4% 1/21 done", "100% " + (PEOPLE + 1) + "/" + (PEOPLE + 1) + " done, 1 failed")
        .contains("19 added, 1 exists, 1 failed of 21")
        .doesNotContain("\r");
    assertThat(run.err().lines().filter(l -> l.matches("\\d+% .*"))).hasSizeLessThanOrEqualTo(11);
    assertThat(run.all()).doesNotContain(owner.token());
  }

  @Test
  void aTerminalGetsABarAndOnlyIdsWithOutputId() throws IOException {
    String roomId = webex.rooms().create(RoomCreateParams.of("Bar Room")).id();
    Path file = emailsFile("bar", List.of());

    Cli.Result run =
        run(
            true,
            "memberships",
            "add",
            "--room",
            roomId,
            "--emails-file",
            file.toString(),
            "-o",
            "id");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().toList())
        .hasSize(PEOPLE)
        .containsExactlyInAnyOrderElementsOf(
            members(roomId).stream()
                .filter(m -> !m.personEmail().equals("owner@example.com"))
                .map(Membership::id)
                .toList());
    assertThat(run.err()).contains("\r[", "] 100% " + PEOPLE + "/" + PEOPLE + " done");
    assertThat(run.err()).contains("[" + "#".repeat(30) + "]");

    Cli.Result again =
        run(
            false,
            "memberships",
            "add",
            "--room",
            roomId,
            "--emails-file",
            file.toString(),
            "-o",
            "json");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("\"result\":\"exists\"").doesNotContain("\"added\"");
  }

  @Test
  void badFilesAreUsageErrorsBeforeAnyRequest() throws IOException {
    Path bad = Files.write(dir.resolve("bad.txt"), List.of("a@example.com", "not-an-email"));
    Cli.Result run =
        run(false, "memberships", "add", "--room", "x", "--emails-file", bad.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("line 2", "not-an-email");
    Path empty = Files.write(dir.resolve("empty.txt"), List.of("# nobody", ""));
    assertThat(
            run(false, "memberships", "add", "--room", "x", "--emails-file", empty.toString())
                .err())
        .contains("holds no email address");
    assertThat(
            run(
                    false,
                    "memberships",
                    "add",
                    "--room",
                    "x",
                    "--emails-file",
                    dir.resolve("missing.txt").toString())
                .exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }
}
