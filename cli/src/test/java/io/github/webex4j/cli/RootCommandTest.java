package io.github.webex4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.AutoComplete;
import picocli.CommandLine;

/** Global options, help, version, exit codes and token handling. */
class RootCommandTest {
  private static WebexEmulator emulator;
  private static EmulatedPerson ana;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    emulator = WebexEmulator.start();
    ana = emulator.createPerson("ana@example.com", "Ana");
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private Cli cli() {
    return Cli.against(emulator, ana.token(), dir);
  }

  /** No environment, output discarded: for building command lines without running them. */
  private CliContext silentContext() {
    return new CliContext(
        Map.of(),
        dir,
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()),
        b -> b);
  }

  @Test
  void versionAndHelpExitZero() {
    Cli.Result version = cli().run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("webex ");

    Cli.Result help = cli().run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Examples:", "Exit codes:", "teams", "emulator");
  }

  @Test
  void everyCommandHasHelpWithExamples() {
    var commandLine = WebexCommand.commandLine(silentContext());
    List<String> missing = new ArrayList<>();
    collectMissingExamples(commandLine, missing);
    assertThat(missing).isEmpty();
  }

  @Test
  void theRootOptionsThatTakeAValueAreTheOnesTheLaunchersSkip() {
    var root = WebexCommand.commandLine(silentContext()).getCommandSpec();
    Set<String> withValues = new java.util.HashSet<>();
    for (CommandLine.Model.OptionSpec option : root.options()) {
      if (option.arity().max() > 0) {
        withValues.addAll(List.of(option.names()));
      }
    }
    assertThat(withValues).isEqualTo(RootOptions.WITH_VALUES);
  }

  @Test
  void aNamedSubcommandIsTheOnlyOneRegisteredAndHelpOrCompletionSeeTheWholeTree() {
    CliContext context = silentContext();
    int all = WebexCommand.commandLine(context).getSubcommands().size();

    assertThat(subcommands(context, "-o", "json", "--base-url", "x", "rooms", "list"))
        .containsExactly("rooms");
    assertThat(subcommands(context, "--token-file", "notify", "teams", "list"))
        .containsExactly("teams");
    assertThat(subcommands(context, "--version")).isEmpty();
    assertThat(subcommands(context, "--help")).hasSize(all);
    assertThat(subcommands(context, "-h", "rooms")).hasSize(all);
    assertThat(subcommands(context, "rooms", "--help")).containsExactly("rooms");
    assertThat(subcommands(context, "help", "rooms")).hasSize(all);
    assertThat(subcommands(context, "generate-completion")).hasSize(all);
    assertThat(subcommands(context, "romos", "list")).hasSize(all);
    assertThat(all).isGreaterThan(20);
  }

  @Test
  void ofAGroupOnlyTheNamedSubcommandIsBuiltAndHelpOrATypoSeeThemAll() {
    CliContext context = silentContext();
    int all =
        WebexCommand.commandLine(context).getSubcommands().get("messages").getSubcommands().size();

    assertThat(nested(context, "messages", "messages", "send", "--room", "r", "--text", "t"))
        .containsExactlyInAnyOrder("send", "create");
    assertThat(nested(context, "messages", "messages", "-o", "json", "create", "--text", "t"))
        .containsExactlyInAnyOrder("send", "create");
    assertThat(nested(context, "messages", "messages", "--help")).hasSize(all);
    assertThat(nested(context, "messages", "messages", "sned")).hasSize(all);
    assertThat(nested(context, "messages", "messages")).hasSize(all);
    assertThat(nested(context, "meetings", "meetings", "registrants", "list", "--meeting", "m"))
        .containsExactly("registrants");
    assertThat(
            WebexCommand.commandLine(context, new String[] {"meetings", "registrants", "list"})
                .getSubcommands()
                .get("meetings")
                .getSubcommands()
                .get("registrants")
                .getSubcommands()
                .keySet())
        .containsExactly("list");
    assertThat(all).isGreaterThan(6);
  }

  private static Set<String> nested(CliContext context, String group, String... args) {
    return WebexCommand.commandLine(context, args)
        .getSubcommands()
        .get(group)
        .getSubcommands()
        .keySet();
  }

  @Test
  void aTypoStillGetsPicocliSuggestionsFromTheWholeTree() {
    Cli.Result typo = cli().run("romos", "list");
    assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(typo.err()).contains("rooms");
  }

  private static List<String> subcommands(CliContext context, String... args) {
    return List.copyOf(WebexCommand.commandLine(context, args).getSubcommands().keySet());
  }

  private static void collectMissingExamples(CommandLine commandLine, List<String> missing) {
    String name = commandLine.getCommandSpec().qualifiedName();
    boolean builtIn =
        commandLine.getCommand() instanceof CommandLine.HelpCommand
            || commandLine.getCommand() instanceof AutoComplete.GenerateCompletion;
    if (!builtIn && !commandLine.getUsageMessage().contains("Examples:")) {
      missing.add(name);
    }
    commandLine.getSubcommands().values().forEach(sub -> collectMissingExamples(sub, missing));
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Result result = cli().run();
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("Usage: webex");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Result result = cli().run("teams", "list", "--bogus");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("Unknown option: '--bogus'");
  }

  @Test
  void completionScriptIsGenerated() {
    Cli.Result result = cli().run("generate-completion");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("complete -F").contains("teams");
  }

  @Test
  void rejectedTokenExitsThreeWithOneLineAndNoToken() {
    String bad = "not-a-valid-token-0123456789";
    Cli.Result result = cli().env("WEBEX_API_TOKEN", bad).run("teams", "list", "--verbose");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
    assertThat(result.err()).contains("webex: Webex API error 401").contains("trackingId");
    assertThat(result.err()).contains("> GET " + emulator.baseUri() + "/teams");
    assertThat(result.all()).doesNotContain(bad).doesNotContain("at io.github");
  }

  @Test
  void unknownIdExitsTwo() {
    Cli.Result result = cli().run("teams", "get", "Y2lzY29zcGFyazovL3VzL1RFQU0vbm9uZQ");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.API);
    assertThat(result.err()).startsWith("webex: Webex API error 404").contains("trackingId");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void networkFailureExitsFour() {
    Cli.Result result = cli().run("teams", "list", "--base-url", "http://127.0.0.1:1/v1");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.NETWORK);
    assertThat(result.err()).startsWith("webex: ");
    assertThat(result.all()).doesNotContain(ana.token());
  }

  @Test
  void missingTokenExitsThree() {
    Cli.Result result = new Cli(dir).run("teams", "list");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
    assertThat(result.err())
        .startsWith("webex: No Webex access token found. Use --token-file PATH")
        .doesNotContain("builder()");
  }

  @Test
  void tokenFromFileAndFromDotEnv() throws IOException {
    Path tokenFile = dir.resolve("token");
    Files.writeString(tokenFile, ana.token() + "\n");
    Cli.Result fromFile =
        new Cli(dir)
            .run(
                "teams",
                "list",
                "--token-file",
                tokenFile.toString(),
                "--base-url",
                emulator.baseUri().toString());
    assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();

    Files.writeString(
        dir.resolve(".env"),
        "WEBEX_API_TOKEN=" + ana.token() + "\nWEBEX_BASE_URL=" + emulator.baseUri() + "\n");
    Cli.Result fromDotEnv = new Cli(dir).run("teams", "list", "-o", "json");
    assertThat(fromDotEnv.exitCode()).as(fromDotEnv.err()).isZero();
    assertThat(fromDotEnv.all()).doesNotContain(ana.token());
  }

  @Test
  void unreadableTokenFileExitsThree() {
    Cli.Result result =
        new Cli(dir).run("teams", "list", "--token-file", dir.resolve("absent").toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
    assertThat(result.err()).contains("Cannot read the token file");
  }

  @Test
  void badBaseUrlOrDotEnvIsAConfigurationError() throws IOException {
    Cli.Result badUrl = cli().run("teams", "list", "--base-url", "ftp://example.com");
    assertThat(badUrl.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badUrl.err()).startsWith("webex: ");

    Files.writeString(dir.resolve(".env"), "this line is not KEY=VALUE\n");
    Cli.Result badDotEnv = new Cli(dir).run("teams", "list");
    assertThat(badDotEnv.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badDotEnv.err()).contains(".env");
  }
}
