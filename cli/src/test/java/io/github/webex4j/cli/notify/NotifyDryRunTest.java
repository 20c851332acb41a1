package io.github.webex4j.cli.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line handling of {@code webex notify}, observed through {@code --dry-run}. */
class NotifyDryRunTest {
  private static final String ROOM = "Y2lzY29zcGFyazovL3VzL1JPT00vYWJj";

  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir);
  }

  @Test
  void summaryFromAFileRelativeToTheWorkingDirectoryAndALiteralLeadingAt() throws IOException {
    Files.writeString(dir.resolve("summary.md"), "**3** tests failed");
    Cli.Result fromFile =
        cli()
            .run(
                "notify",
                "--room",
                ROOM,
                "--status",
                "failure",
                "--summary",
                "@summary.md",
                "--dry-run");
    assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
    assertThat(fromFile.out()).contains("**3** tests failed");
    // an absolute path would be expanded into arguments if picocli's @-files were on
    Cli.Result absolute =
        cli()
            .run(
                "notify",
                "--room",
                ROOM,
                "--status",
                "failure",
                "--summary",
                "@" + dir.resolve("summary.md"),
                "--dry-run");
    assertThat(absolute.exitCode()).as(absolute.err()).isZero();
    assertThat(absolute.out()).contains("**3** tests failed");
    Cli.Result literal =
        cli()
            .run(
                "notify",
                "--room",
                ROOM,
                "--status",
                "failure",
                "--summary",
                "@@team ping",
                "--dry-run");
    assertThat(literal.out()).contains("@team ping").doesNotContain("@@team");
  }

  @Test
  void missingFilesBecomeNotesNotErrors() {
    Cli.Result result =
        cli()
            .run(
                "notify",
                "--room",
                ROOM,
                "--status",
                "failure",
                "--summary",
                "@nope.md",
                "--log",
                "missing.log",
                "--dry-run");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("Summary file nope.md could not be read.")
        .contains("Log file missing.log not found.");
    assertThat(result.err()).contains("note: Log file missing.log not found.");
  }

  @Test
  void explicitFieldsReplaceOrHideDetectedOnes() {
    Cli.Result result =
        cli()
            .env(
                Map.of(
                    "GITLAB_CI", "true",
                    "CI_PROJECT_PATH", "acme/app",
                    "CI_COMMIT_REF_NAME", "main",
                    "GITLAB_USER_LOGIN", "ben"))
            .run(
                "notify",
                "--room",
                ROOM,
                "--status",
                "success",
                "--no-thread",
                "--field",
                "branch=hotfix",
                "--field",
                "Author=",
                "--dry-run");
    assertThat(result.out())
        .contains("- **Repository:** acme/app")
        .contains("- **Branch:** hotfix")
        .doesNotContain("ben");
    Cli.Result ignored =
        cli()
            .env(Map.of("GITLAB_CI", "true", "CI_PROJECT_PATH", "acme/app"))
            .run("notify", "--room", ROOM, "--status", "success", "--no-ci-env", "--dry-run");
    assertThat(ignored.out()).doesNotContain("acme/app").contains("**Pipeline**");
  }

  @Test
  void aRememberedRootMakesTheNextNotificationAReply() throws IOException {
    Path state = dir.resolve("state.properties");
    String thread = Marker.threadHash("release-7", ROOM);
    new StateFile(state)
        .save(thread, new StateFile.ThreadRoot(ROOM, "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvMQ", true));
    Cli.Result result =
        cli()
            .run(
                "notify",
                "--room",
                ROOM,
                "--status",
                "deployed",
                "--thread",
                "release-7",
                "--state-file",
                state.toString(),
                "--update",
                "--dry-run");
    assertThat(result.out())
        .contains("\"parentId\" : \"Y2lzY29zcGFyazovL3VzL01FU1NBR0UvMQ\"")
        .contains("which Webex cannot edit")
        .contains(":" + thread + ":");
    assertThat(result.err()).contains("a reply to the thread root");
  }

  @Test
  void anEditableRootIsPlainMarkdown() {
    Cli.Result result =
        cli()
            .run(
                "notify",
                "--to-person",
                "ana@example.com",
                "--status",
                "started",
                "--thread",
                "t1",
                "--state-file",
                dir.resolve("s").toString(),
                "--update",
                "--dry-run");
    assertThat(result.out()).contains("\"toPersonEmail\" : \"ana@example.com\"");
    assertThat(result.out()).doesNotContain("attachments").contains(":root)");
  }

  @Test
  void tooManyFieldsAreAUsageError() {
    List<String> args = new ArrayList<>(List.of("notify", "--room", ROOM, "--status", "success"));
    for (int i = 0; i < 26; i++) {
      args.add("--field");
      args.add("F" + i + "=v");
    }
    args.add("--dry-run");
    Cli.Result result = cli().run(args.toArray(String[]::new));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("At most 25 fields");
  }

  @Test
  void helpListsTheOptions() {
    Cli.Result help = cli().run("notify", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("--room=ID|TITLE", "--status=STATUS", "--log-lines=N", "--fail-on-error")
        .contains("--dry-run", "--update", "--attach-log", "--mention-on-failure");
  }
}
