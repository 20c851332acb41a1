package io.github.webex4j.cli.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.WebexClient;
import io.github.webex4j.cli.Cli;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageListParams;
import io.github.webex4j.rooms.RoomCreateParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a CI user meets in {@code webex notify} (issue 13). */
class NotifyForCiUsersTest {
  private static WebexEmulator emulator;
  private static EmulatedPerson ci;
  private static WebexClient webex;

  @TempDir Path dir;
  private String roomId;

  @BeforeAll
  static void start() {
    CiEmulator started = CiEmulator.start("ci-users@example.com");
    emulator = started.emulator();
    ci = started.ci();
    webex = started.webex();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void room() {
    roomId = webex.rooms().create(RoomCreateParams.of("Alerts " + UUID.randomUUID())).id();
  }

  private Cli cli() {
    return Cli.against(emulator, ci.token(), dir);
  }

  private List<Message> messages() {
    return webex.messages().list(MessageListParams.ofRoom(roomId)).items();
  }

  @Test
  void theRoomComesFromDotEnvLikeTheToken() throws IOException {
    Files.writeString(dir.resolve(".env"), "WEBEX_NOTIFY_ROOM=" + roomId + "\n");

    Cli.Result result = cli().run("notify", "--status", "success", "--no-ci-env");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(messages()).hasSize(1);
  }

  @Test
  void theMarkerStaysOutOfThePlainText() {
    Cli.Result first =
        cli()
            .run(
                "notify",
                "--room",
                roomId,
                "--status",
                "started",
                "--thread",
                "k",
                "--update",
                "--no-ci-env",
                "--link",
                "Run=https://ci.example.com/1");
    Cli.Result second =
        cli()
            .run(
                "notify",
                "--room",
                roomId,
                "--status",
                "success",
                "--thread",
                "k",
                "--update",
                "--no-ci-env",
                "--link",
                "Run=https://ci.example.com/1");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    List<Message> posted = messages();
    assertThat(posted).hasSize(2);
    assertThat(posted).allSatisfy(m -> assertThat(m.markdown()).contains("webex4j-notify:"));
    assertThat(posted)
        .allSatisfy(
            m ->
                assertThat(m.text())
                    .doesNotContain("webex4j-notify")
                    .doesNotContain("[//]")
                    .doesNotContain("**")
                    .contains("Run (https://ci.example.com/1)"));
    Message root = webex.messages().get(first.id());
    assertThat(root.text()).contains("Success").doesNotContain("webex4j-notify");
  }

  @Test
  void aMissingTokenIsExplainedInTheCliWords() {
    Cli.Result result =
        new Cli(dir)
            .env("WEBEX_BASE_URL", emulator.baseUri().toString())
            .run("notify", "--room", roomId, "--status", "success", "--no-ci-env");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .contains("--token-file")
        .contains("WEBEX_API_TOKEN")
        .contains(".env")
        .doesNotContain("WebexClient")
        .doesNotContain("builder");
  }

  /** A GitHub Actions job whose output and summary files are in the test's directory. */
  private Map<String, String> github() {
    return Map.of(
        "GITHUB_ACTIONS",
        "true",
        "GITHUB_RUN_ID",
        "run-" + UUID.randomUUID(),
        "GITHUB_REPOSITORY",
        "acme/app",
        "RUNNER_TEMP",
        dir.resolve("runner-temp").toString(),
        "GITHUB_OUTPUT",
        dir.resolve("github-output").toString(),
        "GITHUB_STEP_SUMMARY",
        dir.resolve("step-summary.md").toString());
  }

  @Test
  void notesGoToStderrAsPlainLinesOutsideGitHub() {
    Cli.Result result =
        cli()
            .run(
                "notify",
                "--room",
                roomId,
                "--status",
                "failure",
                "--no-ci-env",
                "--log",
                "missing.log");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("webex notify: note: Log file missing.log not found.");
  }

  @Test
  void underGitHubNotesAreWarningAnnotationsWithOutputsAndASummary() throws IOException {
    Cli gh = cli().env(github());
    Files.createDirectories(dir.resolve("runner-temp"));
    Cli.Result first = gh.run("notify", "--room", roomId, "--status", "started");
    Cli.Result second =
        gh.run("notify", "--room", roomId, "--status", "failure", "--update", "--log", "gone.log");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err())
        .contains("::warning title=webex notify::note: The thread's first message is a card")
        .contains("::warning title=webex notify::note: Log file gone.log not found.");
    String outputs = Files.readString(dir.resolve("github-output"));
    assertThat(outputs)
        .contains("message-id=" + second.id())
        .contains("thread-id=" + first.id())
        .contains("room-id=" + roomId);
    String summary = Files.readString(dir.resolve("step-summary.md"));
    assertThat(summary)
        .contains("### \uD83D\uDE80 Started")
        .contains("### \u274C Failure")
        .contains("a reply in thread `" + first.id() + "`")
        .contains("> The thread's first message is a card");
  }

  @Test
  void underGitHubAFailedSendIsAWarningAndInTheSummary() throws IOException {
    Cli.Result result =
        cli()
            .env(github())
            .env("WEBEX_BASE_URL", "http://127.0.0.1:1/v1")
            .run("notify", "--room", roomId, "--status", "success");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .startsWith("::warning title=webex notify::sending failed: ")
        .contains("connection refused");
    assertThat(Files.readString(dir.resolve("step-summary.md")))
        .contains("Not delivered to Webex: sending failed");
  }

  @Test
  void annotationDataIsEscaped() {
    assertThat(CiReport.escape("50% done\nnext")).isEqualTo("50%25 done%0Anext");
  }

  @Test
  void unknownStatusWordsAreNeutralAndNeverFailTheBuild() {
    for (String word : List.of("skipped", "NOT_BUILT", "error", "Exploded")) {
      Cli.Result result = cli().run("notify", "--room", roomId, "--status", word, "--no-ci-env");
      assertThat(result.exitCode()).as(word + ": " + result.err()).isZero();
    }

    assertThat(messages())
        .extracting(Message::markdown)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("**Neutral**")
                    .contains("reported the status \"Exploded\", shown as neutral"))
        .anySatisfy(m -> assertThat(m).contains("**Failure**"))
        .filteredOn(m -> m.contains("**Skipped**"))
        .hasSize(2);
  }

  @Test
  void anUnknownStatusWordIsAUsageErrorOnlyWithFailOnError() {
    Cli.Result result =
        cli()
            .run(
                "notify",
                "--room",
                roomId,
                "--status",
                "Exploded",
                "--no-ci-env",
                "--fail-on-error");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--status must be one of");
    assertThat(messages()).isEmpty();
  }

  @Test
  void threadRootContinuesAnEarlierStepsThreadWithoutRoomOrState() {
    String rootId =
        Cli.ok(
                cli()
                    .run(
                        "notify",
                        "--room",
                        roomId,
                        "--status",
                        "started",
                        "--thread",
                        "deploy",
                        "--update",
                        "--no-ci-env",
                        "--state-file",
                        "step1/state.json"))
            .id();

    Cli.Result later =
        cli()
            .env("WEBEX_NOTIFY_ROOM", "a room this step never needs")
            .run(
                "notify",
                "--thread-root",
                rootId,
                "--status",
                "deployed",
                "--update",
                "--no-ci-env",
                "-o",
                "json");
    Cli.Result fromAReply =
        cli()
            .run(
                "notify",
                "--thread-root",
                Cli.json(later).get("messageId").asText(),
                "--status",
                "success",
                "--no-ci-env");

    assertThat(Cli.json(later).get("threadId").asText()).isEqualTo(rootId);
    assertThat(Cli.json(later).get("rootEdited").asBoolean()).isTrue();
    assertThat(fromAReply.exitCode()).as(fromAReply.err()).isZero();
    assertThat(messages()).hasSize(3);
    assertThat(messages())
        .filteredOn(m -> !m.id().equals(rootId))
        .allSatisfy(m -> assertThat(m.parentId()).isEqualTo(rootId));
    assertThat(webex.messages().get(rootId).markdown()).contains("Deployed");
  }

  @Test
  void threadRootConflictsWithThreadAndShowsInADryRun() {
    Cli.Result both =
        cli().run("notify", "--thread-root", "M1", "--thread", "k", "--status", "success");
    Cli.Result dry =
        new Cli(dir)
            .run(
                "notify", "--thread-root", "M1", "--status", "success", "--no-ci-env", "--dry-run");

    Cli.Result withPerson =
        cli()
            .run(
                "notify",
                "--thread-root",
                "M1",
                "--to-person",
                "a@example.com",
                "--status",
                "success");

    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(withPerson.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(withPerson.err()).contains("leave out --thread, --no-thread and --to-person");
    assertThat(dry.exitCode()).as(dry.err()).isZero();
    assertThat(dry.out()).contains("\"parentId\" : \"M1\"");
    assertThat(dry.err()).contains("a reply to the thread root M1");
  }

  @Test
  void notifyOffersOnlyTheOutputsItHas() {
    Cli.Result help = new Cli(dir).run("notify", "--help");
    Cli.Result json =
        cli().run("notify", "--room", roomId, "--status", "success", "--no-ci-env", "-o", "json");

    assertThat(help.out().replaceAll("\\s+", " "))
        .contains("Output: id (the default; table prints the same), json or jsonl")
        .doesNotContain("table, json, jsonl, id");
    assertThat(Cli.json(json).get("roomId").asText()).isEqualTo(roomId);
  }
}
