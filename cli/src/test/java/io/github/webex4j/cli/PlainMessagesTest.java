package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages in plain words: no Java class names, no picocli warnings, card errors located. */
class PlainMessagesTest {
  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir)
        .env("WEBEX_API_TOKEN", "token-plain-1234")
        .env("WEBEX_BASE_URL", "http://127.0.0.1:1/v1");
  }

  @Test
  void membershipsAddHelpPrintsNoPicocliWarning() {
    PrintStream original = System.err;
    ByteArrayOutputStream jvmErr = new ByteArrayOutputStream();
    Cli.Result help;
    try {
      System.setErr(new PrintStream(jvmErr, true, StandardCharsets.UTF_8));
      help = cli().run("memberships", "add", "--help");
    } finally {
      System.setErr(original);
    }

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("a line per 10%)");
    assertThat(jvmErr.toString(StandardCharsets.UTF_8) + help.err()).doesNotContain("WARN");
  }

  @Test
  void aBrokenCardNamesLineAndColumn() throws IOException {
    Files.writeString(dir.resolve("card.json"), "{\n  \"type\": \"AdaptiveCard\",\n  body: []\n}");

    Cli.Result result =
        cli()
            .run(
                "messages",
                "send",
                "--to-person",
                "ana@example.com",
                "--text",
                "t",
                "--card",
                dir.resolve("card.json").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("at line 3, column 3").doesNotContain("Exception");
  }

  @Test
  void aCardThatIsNotAnObjectSaysSoWithoutJavaTypes() throws IOException {
    Files.writeString(dir.resolve("card.json"), "[1, 2]");

    Cli.Result result =
        cli()
            .run(
                "messages",
                "send",
                "--to-person",
                "ana@example.com",
                "--text",
                "t",
                "--card",
                dir.resolve("card.json").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("must be one object").doesNotContain("java.");
  }

  @Test
  void aMissingTokenFileIsExplainedInWords() {
    Cli.Result result = cli().run("rooms", "list", "--token-file", dir.resolve("nope").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
    assertThat(result.err()).contains("(no such file or directory)").doesNotContain("Exception");
  }

  @Test
  void anUnreadableDotEnvIsExplainedWithoutAClassName() throws IOException {
    Files.createDirectory(dir.resolve(".env"));

    Cli.Result result = new Cli(dir).run("rooms", "list");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains(".env").doesNotContain("Exception");
  }

  @Test
  void classNamesFromBelowBecomeWords() {
    assertThat(ClassNames.toWords("x.log could not be read (AccessDeniedException)"))
        .isEqualTo("x.log could not be read (access denied)");
    assertThat(ClassNames.toWords("failed (java.io.IOException)"))
        .isEqualTo("failed (input/output error)");
    assertThat(ClassNames.toWords("I/O failure (NotSentException), retrying"))
        .isEqualTo("I/O failure (connection not opened), retrying");
    assertThat(ClassNames.toWords("no class (here)")).isEqualTo("no class (here)");
  }
}
