package io.github.webex4j.cli.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.WebexClient;
import io.github.webex4j.cli.Cli;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.Fault;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.messages.FileDownload;
import io.github.webex4j.messages.Message;
import io.github.webex4j.messages.MessageListParams;
import io.github.webex4j.rooms.RoomCreateParams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/** {@code webex notify} end to end against the in-process emulator. */
class NotifyEmulatorTest {
  private static WebexEmulator emulator;
  private static EmulatedPerson ci;
  private static EmulatedPerson ana;
  private static WebexClient webex;

  @TempDir Path dir;
  private String roomId;
  private String roomTitle;

  @BeforeAll
  static void start() {
    CiEmulator started = CiEmulator.start("ci@example.com");
    emulator = started.emulator();
    ci = started.ci();
    webex = started.webex();
    ana = emulator.createPerson("ana@example.com", "Ana");
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void room() {
    roomTitle = "Build Alerts " + UUID.randomUUID();
    roomId = webex.rooms().create(RoomCreateParams.of(roomTitle)).id();
    emulator.faults().clear();
  }

  private Cli cli() {
    return Cli.against(emulator, ci.token(), dir);
  }

  /** A GitHub Actions run with its temp dir and output file under the test's directory. */
  private Map<String, String> github(String runId) {
    return Map.of(
        "GITHUB_ACTIONS", "true",
        "GITHUB_REPOSITORY", "acme/app",
        "GITHUB_REF_NAME", "main",
        "GITHUB_SHA", "0123456789abcdef0123456789abcdef01234567",
        "GITHUB_SERVER_URL", "https://github.com",
        "GITHUB_RUN_ID", runId,
        "GITHUB_RUN_NUMBER", "42",
        "GITHUB_WORKFLOW", "CI",
        "RUNNER_TEMP", dir.resolve("runner-temp").toString(),
        "GITHUB_OUTPUT", dir.resolve("github-output").toString());
  }

  private List<Message> messages() {
    return webex.messages().list(MessageListParams.ofRoom(roomId)).items();
  }

  @Test
  void postsACardWithAMarkdownFallbackCarryingTheSameFacts() throws IOException {
    Path log = Files.writeString(dir.resolve("build.log"), "compiling\nFAILED: FooTest\n");
    Cli.Result result =
        cli()
            .run(
                "notify",
                "--room",
                roomId,
                "--status",
                "failure",
                "--title",
                "Tests failed on main",
                "--summary",
                "3 tests failed",
                "--field",
                "Module=core",
                "--link",
                "Report=https://ci.example.com/report",
                "--log",
                log.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<Message> messages = messages();
    assertThat(messages).hasSize(1);
    Message message = messages.get(0);
    assertThat(result.id()).isEqualTo(message.id());
    assertThat(message.parentId()).isNull();
    assertThat(message.markdown())
        .startsWith("\u274C **Failure** \u00B7 **Tests failed on main**")
        .contains("3 tests failed", "- **Module:** core", "[Report](https://ci.example.com/report)")
        .contains("```\ncompiling\nFAILED: FooTest\n```");
    assertThat(message.attachments()).hasSize(1);
    assertThat(message.attachments().get(0).contentType())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    String card = io.github.webex4j.cli.Output.toJson(message.attachments().get(0).content());
    assertThat(card)
        .contains("\"type\":\"AdaptiveCard\"", "Tests failed on main", "\"value\":\"core\"")
        .contains("FAILED: FooTest", "\"url\":\"https://ci.example.com/report\"");
  }

  @Test
  void outputIdOrJsonAsTheIssueShowsIt() {
    Cli.Result id =
        cli().run("notify", "--room", roomTitle, "--status", "success", "--output", "id");
    assertThat(id.exitCode()).as(id.err()).isZero();
    assertThat(id.out()).isEqualTo(messages().get(0).id() + "\n");
    Cli.Result json =
        cli()
            .run(
                "notify",
                "--room",
                roomTitle,
                "--status",
                "success",
                "--no-thread",
                "--output",
                "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"messageId\":\"" + messages().get(0).id() + "\"");
  }

  @Test
  void everyStatusIsAcceptedAndRendered() {
    for (NotifyStatus status : NotifyStatus.values()) {
      Cli.Result result =
          cli().run("notify", "--room", roomId, "--status", status.cliName(), "--title", "Build 9");
      assertThat(result.exitCode()).as(result.err()).isZero();
      Message message = webex.messages().get(result.id());
      assertThat(message.markdown())
          .startsWith(status.emoji() + " **" + status.label() + "** \u00B7 **Build 9**");
      assertThat(io.github.webex4j.cli.Output.toJson(message.attachments().get(0).content()))
          .contains("\"style\":\"" + status.containerStyle() + "\"")
          .contains("\"color\":\"" + status.color() + "\"");
    }
    assertThat(messages()).hasSize(NotifyStatus.values().length);
  }

  @Test
  void aHugeMultiByteLogAndSummaryStayWithinWebexLimits() throws IOException {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      log.append(i).append(" \u65e5\u672c\u8a9e\u306e\u30ed\u30b0 \uD83D\uDE80 \u00e9\u00e8\n");
    }
    Path file = Files.writeString(dir.resolve("huge.log"), log);
    Files.writeString(dir.resolve("summary.md"), "\u0444".repeat(20_000));
    Cli.Result result =
        cli()
            .run(
                "notify",
                "--room",
                roomId,
                "--status",
                "failure",
                "--summary",
                "@summary.md",
                "--log",
                file.toString(),
                "--log-lines",
                "100000",
                "--attach-log");
    assertThat(result.exitCode()).as(result.err()).isZero();
    Message message = webex.messages().get(result.id());
    assertThat(message.markdown().getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(MarkdownRenderer.MAX_BYTES);
    assertThat(message.markdown())
        .contains("99999 \u65e5\u672c\u8a9e")
        .contains("earlier lines (")
        .doesNotContain("\uFFFD");
    assertThat(webex.messages().list(MessageListParams.thread(roomId, result.id())).items())
        .singleElement()
        .satisfies(reply -> assertThat(reply.files()).hasSize(1));
  }

  @Test
  void roomTitleFromTheEnvironmentAndCiFactsWithExplicitFlagsWinning() {
    Cli.Result result =
        cli()
            .env(NotifyCommand.ENV_ROOM, roomTitle)
            .env(github("1001"))
            .run("notify", "--status", "success", "--no-thread", "--field", "Branch=release/1.0");
    assertThat(result.exitCode()).as(result.err()).isZero();
    Message message = messages().get(0);
    assertThat(message.markdown())
        .contains("**Success** \u00B7 **CI**")
        .contains("- **Repository:** acme/app", "- **Commit:** 0123456", "- **Run:** #42")
        .contains("- **Branch:** release/1.0")
        .doesNotContain("- **Branch:** main")
        .doesNotContain("Author") // not in the environment: left out, never empty
        .contains("[Open run](https://github.com/acme/app/actions/runs/1001)");
  }

  @Test
  void aRunStartsAThreadWhoseRootIsEditedToTheFinalStatusWithLogAttached() throws IOException {
    Cli run = cli().env(github("2002"));
    Cli.Result started = run.run("notify", "--room", roomId, "--status", "started", "--update");
    assertThat(started.exitCode()).as(started.err()).isZero();
    String rootId = started.id();

    Cli.Result running =
        run.run("notify", "--room", roomId, "--status", "running", "--update", "--title", "Tests");
    assertThat(running.exitCode()).as(running.err()).isZero();

    Path log = Files.writeString(dir.resolve("test.log"), "ok 1\nnot ok 2 - FooTest\n");
    Cli.Result failed =
        run.run(
            "notify",
            "--room",
            roomId,
            "--status",
            "failure",
            "--update",
            "--title",
            "Tests failed",
            "--log",
            log.toString(),
            "--attach-log",
            "-o",
            "json");
    assertThat(failed.exitCode()).as(failed.err()).isZero();
    assertThat(failed.out())
        .contains("\"threadId\":\"" + rootId + "\"", "\"role\":\"reply\"", "\"rootEdited\":true");

    Message root = webex.messages().get(rootId);
    assertThat(root.parentId()).isNull();
    assertThat(root.attachments()).isEmpty(); // editable: markdown only
    assertThat(root.updated()).isNotNull();
    assertThat(root.markdown()).contains("**Failure** \u00B7 **Tests failed**");

    List<Message> replies = webex.messages().list(MessageListParams.thread(roomId, rootId)).items();
    assertThat(replies).hasSize(3); // running, failure, log file
    assertThat(replies).allSatisfy(m -> assertThat(m.parentId()).isEqualTo(rootId));
    Message file = replies.stream().filter(m -> !m.files().isEmpty()).findFirst().orElseThrow();
    try (FileDownload download = webex.messages().download(file.files().get(0))) {
      assertThat(new String(download.body().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("ok 1\nnot ok 2 - FooTest\n");
      assertThat(download.fileName()).isEqualTo("test.log");
    }
    Message failure =
        replies.stream().filter(m -> m.markdown().contains("Failure")).findFirst().orElseThrow();
    assertThat(failure.attachments()).hasSize(1);
    assertThat(failure.markdown()).contains("not ok 2 - FooTest");

    assertThat(Files.readString(dir.resolve("github-output")))
        .contains("message-id=" + rootId + "\nthread-id=" + rootId + "\n")
        .contains("message-id=" + failure.id() + "\nthread-id=" + rootId + "\n");
  }

  @Test
  void aCardRootIsNotEditedTheReplySaysSo() {
    Cli run = cli().env(github("3003"));
    String rootId = run.run("notify", "--room", roomId, "--status", "started").id();
    Cli.Result done = run.run("notify", "--room", roomId, "--status", "success", "--update");
    assertThat(done.exitCode()).as(done.err()).isZero();
    Message root = webex.messages().get(rootId);
    assertThat(root.updated()).isNull();
    assertThat(root.attachments()).hasSize(1);
    Message reply = webex.messages().get(done.id());
    assertThat(reply.parentId()).isEqualTo(rootId);
    assertThat(reply.markdown()).contains("is a card, which Webex cannot edit");
  }

  @Test
  void whenTheStateFileIsLostTheRootIsFoundByItsMarker() throws IOException {
    Path state = dir.resolve("state.properties");
    Cli run = cli().env(github("4004"));
    String rootId =
        run.run("notify", "--room", roomId, "--status", "started", "--state-file", state.toString())
            .id();
    // someone else talks in the room meanwhile
    webex
        .messages()
        .create(io.github.webex4j.messages.MessageCreateParams.markdownTo(roomId, "hi"));
    Files.delete(state);
    Cli.Result next =
        run.run(
            "notify", "--room", roomId, "--status", "failure", "--state-file", state.toString());
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(webex.messages().get(next.id()).parentId()).isEqualTo(rootId);
    assertThat(Files.readString(state)).contains(rootId);
  }

  @Test
  void anInjected502OrDroppedConnectionBeforeThePostIsHandledGivesExactlyOneMessage() {
    emulator.faults().add(Fault.status(502).method("POST").pathPrefix("/messages"));
    Cli.Result first = cli().run("notify", "--room", roomId, "--status", "success");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(messages()).hasSize(1);

    emulator.faults().add(Fault.dropConnection().method("POST").pathPrefix("/messages"));
    Cli.Result second = cli().run("notify", "--room", roomId, "--status", "success");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(messages()).hasSize(2);
    assertThat(messages())
        .extracting(Message::id)
        .containsExactlyInAnyOrder(first.id(), second.id());
  }

  @Test
  void a502OrDroppedConnectionAfterTheServerStoredThePostGivesExactlyOneMessage()
      throws IOException {
    try (SabotagingProxy proxy = new SabotagingProxy(emulator.baseUri())) {
      Cli viaProxy = cli().env("WEBEX_BASE_URL", proxy.baseUri().toString());

      proxy.sabotageNextPost(SabotagingProxy.Sabotage.BAD_GATEWAY);
      Cli.Result first = viaProxy.run("notify", "--room", roomId, "--status", "failure");
      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(messages()).extracting(Message::id).containsExactly(first.id());

      proxy.sabotageNextPost(SabotagingProxy.Sabotage.DROP);
      Cli.Result second =
          viaProxy.env(github("5005")).run("notify", "--room", roomId, "--status", "started");
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(messages()).hasSize(2);
      assertThat(messages().get(0).id()).isEqualTo(second.id());
    }
  }

  @Test
  void failuresExitZeroUnlessFailOnError() {
    Cli noToken = new Cli(dir).env("WEBEX_BASE_URL", emulator.baseUri().toString());
    Cli.Result quiet = noToken.run("notify", "--room", roomId, "--status", "success");
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.err()).contains("sending failed").contains("--fail-on-error");
    assertThat(
            noToken
                .run("notify", "--room", roomId, "--status", "success", "--fail-on-error")
                .exitCode())
        .isEqualTo(3);

    Cli badToken = cli().env("WEBEX_API_TOKEN", "not-a-token");
    assertThat(
            badToken
                .run("notify", "--room", roomId, "--status", "success", "--fail-on-error")
                .exitCode())
        .isEqualTo(3);

    Cli.Result unknownRoom =
        cli().run("notify", "--room", "No Such Room", "--status", "success", "--fail-on-error");
    assertThat(unknownRoom.exitCode()).isEqualTo(2);
    assertThat(unknownRoom.err()).contains("No room named \"No Such Room\"");

    emulator.faults().add(Fault.status(403).method("POST").pathPrefix("/messages"));
    assertThat(
            cli()
                .run("notify", "--room", roomId, "--status", "success", "--fail-on-error")
                .exitCode())
        .isEqualTo(2);

    Cli offline = cli().env("WEBEX_BASE_URL", "http://127.0.0.1:" + closedPort() + "/v1");
    assertThat(
            offline
                .run("notify", "--room", roomId, "--status", "success", "--fail-on-error")
                .exitCode())
        .isEqualTo(4);
    assertThat(offline.run("notify", "--room", roomId, "--status", "success").exitCode()).isZero();

    assertThat(messages()).isEmpty();
  }

  @Test
  void usageErrorsExitOneBeforeAnyRequest() {
    emulator.clearRequests();
    assertThat(
            cli()
                .run("notify", "--room", roomId, "--status", "exploded", "--fail-on-error")
                .exitCode())
        .isEqualTo(1);
    assertThat(cli().run("notify", "--status", "success").exitCode()).isEqualTo(1);
    assertThat(
            cli().run("notify", "--room", roomId, "--status", "success", "--attach-log").exitCode())
        .isEqualTo(1);
    assertThat(cli().run("notify", "--room", roomId, "--status", "success", "--update").exitCode())
        .isEqualTo(1);
    assertThat(
            cli()
                .run("notify", "--room", roomId, "--status", "ok", "--field", "novalue")
                .exitCode())
        .isEqualTo(1);
    assertThat(
            cli()
                .run("notify", "--room", roomId, "--status", "success", "--link", "Run=ftp://x")
                .exitCode())
        .isEqualTo(1);
    assertThat(requestsAfterSetUp()).isEmpty();
  }

  @Test
  void dryRunPrintsThePayloadAndSendsNothing() throws IOException {
    emulator.clearRequests();
    Path log = Files.writeString(dir.resolve("b.log"), "line one\n");
    Cli.Result result =
        new Cli(dir)
            .run(
                "notify",
                "--room",
                roomId,
                "--status",
                "failure",
                "--title",
                "Dry",
                "--log",
                log.toString(),
                "--attach-log",
                "--dry-run");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("\"roomId\" : \"" + roomId + "\"")
        .contains("\"markdown\" : \"\u274C **Failure**")
        .contains("\"contentType\" : \"application/vnd.microsoft.card.adaptive\"")
        .contains("line one");
    assertThat(result.err()).contains("dry run, nothing sent").contains("upload of b.log");
    assertThat(requestsAfterSetUp()).isEmpty();
  }

  @Test
  void theTokenNeverAppearsInOutputEvenVerbose() throws IOException {
    Path tokenFile = Files.writeString(dir.resolve("token"), ci.token());
    Cli noEnvToken = new Cli(dir).env("WEBEX_BASE_URL", emulator.baseUri().toString());
    Cli.Result ok =
        noEnvToken.run(
            "--verbose",
            "--token-file",
            tokenFile.toString(),
            "notify",
            "--room",
            roomId,
            "--status",
            "success",
            "-o",
            "json");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.err()).contains("POST"); // the verbose request log is on
    emulator.faults().add(Fault.status(500).method("POST").pathPrefix("/messages").times(3));
    Cli.Result failed =
        noEnvToken.run(
            "--verbose",
            "--token-file",
            tokenFile.toString(),
            "notify",
            "--room",
            roomId,
            "--status",
            "failure",
            "--fail-on-error");
    assertThat(failed.exitCode()).isEqualTo(2);
    Cli.Result dry =
        cli().run("--verbose", "notify", "--room", roomId, "--status", "success", "--dry-run");
    for (Cli.Result result : List.of(ok, failed, dry)) {
      assertThat(result.all()).doesNotContain(ci.token());
    }
  }

  @Test
  void mentionsOnlyOnFailureWhenAsked() {
    String quiet =
        cli()
            .run(
                "notify",
                "--room",
                roomId,
                "--status",
                "success",
                "--mention",
                ana.email(),
                "--mention-on-failure")
            .id();
    String loud =
        cli()
            .run(
                "notify",
                "--room",
                roomId,
                "--status",
                "failure",
                "--mention",
                ana.email(),
                "--mention-on-failure")
            .id();
    assertThat(webex.messages().get(quiet).markdown()).doesNotContain("personEmail");
    Message alert = webex.messages().get(loud);
    assertThat(alert.markdown()).contains("<@personEmail:" + ana.email() + ">");
    assertThat(alert.mentionedPeople()).containsExactly(ana.id());
  }

  @Test
  void toPersonPostsInTheOneToOneRoom() {
    Cli.Result result =
        cli()
            .run(
                "notify",
                "--to-person",
                ana.email(),
                "--status",
                "deployed",
                "--title",
                "v1.2 live");
    assertThat(result.exitCode()).as(result.err()).isZero();
    Message message = webex.messages().get(result.id());
    assertThat(message.roomType()).hasToString("DIRECT");
    assertThat(message.markdown()).contains("**Deployed** \u00B7 **v1.2 live**");
  }

  @Test
  void afterTenEditsTheRootStaysAndTheReplySaysWhy() {
    Cli run = cli().env(github("6006"));
    String rootId = run.run("notify", "--room", roomId, "--status", "started", "--update").id();
    for (int i = 1; i <= 10; i++) {
      Cli.Result step =
          run.run(
              "notify",
              "--room",
              roomId,
              "--status",
              "running",
              "--update",
              "--title",
              "Step " + i);
      assertThat(step.exitCode()).as(step.err()).isZero();
    }
    Cli.Result last =
        run.run("notify", "--room", roomId, "--status", "success", "--update", "--title", "Done");
    assertThat(last.exitCode()).as(last.err()).isZero();
    assertThat(webex.messages().get(rootId).markdown()).contains("Step 10").doesNotContain("Done");
    assertThat(webex.messages().get(last.id()).markdown())
        .contains("could not be edited")
        .contains("edit limit");
  }

  @Test
  void aBotKeepsItsThreadThroughTheStateFileAndStartsANewOneWithoutIt() throws IOException {
    EmulatedPerson bot = emulator.createBot("notifier-" + UUID.randomUUID() + "@webex.bot", "Bot");
    WebexClient asBot = webex.withOptions(o -> o.accessToken(bot.token()));
    String botRoom = asBot.rooms().create(RoomCreateParams.of("Bot room")).id();
    Path state = dir.resolve("bot-state.properties");
    Cli run = cli().env("WEBEX_API_TOKEN", bot.token()).env(github("7007"));
    String rootId =
        run.run(
                "notify",
                "--room",
                botRoom,
                "--status",
                "started",
                "--state-file",
                state.toString())
            .id();
    Cli.Result reply =
        run.run(
            "notify", "--room", botRoom, "--status", "running", "--state-file", state.toString());
    assertThat(asBot.messages().get(reply.id()).parentId()).isEqualTo(rootId);

    Files.delete(state);
    Cli.Result lost =
        run.run(
            "notify", "--room", botRoom, "--status", "success", "--state-file", state.toString());
    assertThat(lost.exitCode()).as(lost.err()).isZero();
    assertThat(lost.err()).contains("bots may only list messages that mention them");
    assertThat(asBot.messages().get(lost.id()).parentId()).isNull();
  }

  @Test
  void aThreadWithAPersonContinuesInTheirOneToOneRoom() {
    Cli run = cli().env(github("8008"));
    String rootId = run.run("notify", "--to-person", ana.email(), "--status", "started").id();
    Cli.Result next = run.run("notify", "--to-person", ana.email(), "--status", "success");
    assertThat(next.exitCode()).as(next.err()).isZero();
    Message reply = webex.messages().get(next.id());
    assertThat(reply.parentId()).isEqualTo(rootId);
    assertThat(reply.roomId()).isEqualTo(webex.messages().get(rootId).roomId());
  }

  /**
   * Recorded requests except the room creation of {@code @BeforeEach}, which the emulator may
   * record after answering it (so {@code clearRequests()} can miss it).
   */
  private static List<io.github.webex4j.emulator.RecordedRequest> requestsAfterSetUp() {
    return emulator.requests().stream()
        .filter(r -> !(r.method().equals("POST") && r.path().equals("/v1/rooms")))
        .toList();
  }

  private static int closedPort() {
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
