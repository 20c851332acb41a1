package io.github.webex4j.cli;

import io.github.webex4j.WebexClient;
import io.github.webex4j.cli.demo.DemoCommand;
import io.github.webex4j.cli.notify.NotifyCommand;
import io.github.webex4j.cli.resources.AttachmentActionsCommand;
import io.github.webex4j.cli.resources.EmulatorCommand;
import io.github.webex4j.cli.resources.EventsCommand;
import io.github.webex4j.cli.resources.GroupsCommand;
import io.github.webex4j.cli.resources.GuestIssuerCommand;
import io.github.webex4j.cli.resources.LicensesCommand;
import io.github.webex4j.cli.resources.MeetingsCommand;
import io.github.webex4j.cli.resources.MembershipsCommand;
import io.github.webex4j.cli.resources.MessagesCommand;
import io.github.webex4j.cli.resources.OrganizationsCommand;
import io.github.webex4j.cli.resources.PeopleCommand;
import io.github.webex4j.cli.resources.RecordingsCommand;
import io.github.webex4j.cli.resources.RolesCommand;
import io.github.webex4j.cli.resources.RoomsCommand;
import io.github.webex4j.cli.resources.TeamMembershipsCommand;
import io.github.webex4j.cli.resources.TeamsCommand;
import io.github.webex4j.cli.resources.WebhooksCommand;
import io.github.webex4j.messages.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root {@code webex} command: global options and the list of subcommands. A new subcommand is
 * one line in {@code subcommands()}; it reaches the shared plumbing through {@link ApiCommand} (or
 * {@link #of(CommandLine.Model.CommandSpec)}).
 */
@Command(
    name = "webex",
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Webex from the command line: every REST resource, the Project Alpha demo and a local"
          + " emulator.",
      "Token: --token-file, WEBEX_API_TOKEN / WEBEX_ACCESS_TOKEN, or ./.env (never as an"
          + " argument). Base URL: --base-url or WEBEX_BASE_URL."
    },
    footerHeading =
        "%nExit codes: 0 ok, 1 usage, 2 API error, 3 authentication, 4 network or timeout,"
            + " 5 a message may or may not have been delivered.%n%n"
            + "Examples:%n",
    footer = {
      "  webex demo                       # Project Alpha; local emulator if no token",
      "  webex rooms list --team \"Project Alpha\" -o json",
      "  webex messages send --room \"Dev Room\" --markdown \"**Build green**\"",
      "  webex people me --token-file ~/.webex-token",
      "  source <(webex generate-completion)   # shell completion"
    })
public final class WebexCommand implements Callable<Integer> {

  /**
   * The subcommands by name, in the order {@code --help} lists them. Names here are the ones
   * picocli registers (they match each command's own {@code @Command(name)}).
   */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  /** Subcommands that need every sibling registered: they describe the whole tree. */
  private static final Set<String> WHOLE_TREE = Set.of("help", "generate-completion");

  /**
   * What the commands CI runs most receive: its readers are prepared on a background thread while
   * the command line is built (see {@link #commandLine(CliContext, String[])}).
   */
  private static final Map<String, List<Class<?>>> MODELS =
      Map.of("messages", List.of(Message.class), "notify", List.of(Message.class));

  /** Default per-request timeout: a stuck server must not hold a CI step for long. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /** Default limit for a whole command, retries and looks for a sent message included. */
  static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(5);

  @Option(
      names = "--token-file",
      paramLabel = "PATH",
      scope = ScopeType.INHERIT,
      description =
          "File holding the access token (else WEBEX_API_TOKEN, WEBEX_ACCESS_TOKEN, .env).")
  private Path tokenFile;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description =
          "API base URL, e.g. http://127.0.0.1:8900/v1 (else WEBEX_BASE_URL, else Webex).")
  private String baseUrl;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      scope = ScopeType.INHERIT,
      converter = DurationOption.class,
      description = "Per-request timeout, e.g. 30s, 500ms, 2m (else WEBEX_TIMEOUT, else 30s).")
  private Duration timeout;

  @Option(
      names = "--deadline",
      paramLabel = "DURATION",
      scope = ScopeType.INHERIT,
      converter = DurationOption.class,
      description =
          "Limit for the whole command, retries included; 0 for none (else WEBEX_DEADLINE,"
              + " else 5m). Past it the command stops with exit code 4.")
  private Duration deadline;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      scope = ScopeType.INHERIT,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Output.Format output = Output.Format.table;

  @Option(
      names = "--jsonl",
      scope = ScopeType.INHERIT,
      description = "JSON lines: one JSON object per line (implies -o json).")
  private boolean jsonl;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description =
          "Print each request (method, URL, status, trackingId; never the token) and"
              + " error details to stderr.")
  private boolean verbose;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  private final CliContext context;
  private WebexClient client;
  private Runnable onDeadline;

  private WebexCommand(CliContext context) {
    this.context = context;
  }

  /**
   * A ready-to-execute command line: exit codes, error reporting, streams and help options set up.
   *
   * @param context the process environment (or a test's)
   */
  public static CommandLine commandLine(CliContext context) {
    return commandLine(context, SUBCOMMANDS.keySet(), null);
  }

  /**
   * A ready-to-execute command line for {@code args}: when they name a subcommand, only that one is
   * registered (and of a group only the subcommand named next, see {@link CommandTree}), so the
   * classes of the other commands are never loaded or reflected over (most of the start-up time of
   * a short command); {@code --version} alone registers none. Otherwise (root help, {@code help},
   * completion, a typo) the whole tree, exactly as {@link #commandLine(CliContext)}. For a
   * subcommand, the client's set-up of its {@link #MODELS} starts on a background thread first, so
   * it runs while picocli builds the command line. Nothing waits for it: a call that needs a reader
   * before it is done waits on the same cache (no work is done twice).
   *
   * @param context the process environment (or a test's)
   * @param args the command line about to be executed
   */
  public static CommandLine commandLine(CliContext context, String[] args) {
    List<String> given = Arrays.asList(args);
    int at = RootOptions.firstNameAt(given);
    String name = at < 0 || !SUBCOMMANDS.containsKey(given.get(at)) ? null : given.get(at);
    if (name == null) {
      // none named, or the root's help asked for first (webex --help rooms lists every command)
      boolean versionOnly = given.contains("--version") || given.contains("-V");
      return commandLine(context, versionOnly ? Set.of() : SUBCOMMANDS.keySet(), null);
    }
    if (WHOLE_TREE.contains(name)) {
      return commandLine(context, SUBCOMMANDS.keySet(), null);
    }
    WebexClient.prepareInBackground(MODELS.getOrDefault(name, List.of()).toArray(Class<?>[]::new));
    return commandLine(context, Set.of(name), given.subList(at + 1, given.size()));
  }

  /**
   * @param rest the arguments after the one subcommand in {@code names}, or null for whole
   *     subcommands
   */
  private static CommandLine commandLine(
      CliContext context, Collection<String> names, List<String> rest) {
    WebexCommand root = new WebexCommand(context);
    CommandLine commandLine = new CommandLine(root);
    for (String name : names) {
      commandLine.addSubcommand(name, CommandTree.of(SUBCOMMANDS.get(name), rest));
    }
    withConventions(commandLine);
    CommandLine completion = commandLine.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion
          .getCommandSpec()
          .usageMessage()
          .hidden(false)
          .description("Prints a bash/zsh completion script: source <(webex generate-completion)");
    }
    return commandLine
        .setOut(context.out())
        .setErr(context.err())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExpandAtFiles(false)
        .registerConverter(java.time.Instant.class, new InstantOption())
        .setParameterExceptionHandler(new UsageErrors())
        .setExitCodeExceptionMapper(new ExitCodes())
        .setExecutionExceptionHandler(new Errors())
        .setExecutionStrategy(root::execute);
  }

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("demo", DemoCommand.class);
    commands.put("rooms", RoomsCommand.class);
    commands.put("memberships", MembershipsCommand.class);
    commands.put("messages", MessagesCommand.class);
    commands.put("teams", TeamsCommand.class);
    commands.put("team-memberships", TeamMembershipsCommand.class);
    commands.put("people", PeopleCommand.class);
    commands.put("webhooks", WebhooksCommand.class);
    commands.put("events", EventsCommand.class);
    commands.put("attachment-actions", AttachmentActionsCommand.class);
    commands.put("organizations", OrganizationsCommand.class);
    commands.put("roles", RolesCommand.class);
    commands.put("licenses", LicensesCommand.class);
    commands.put("groups", GroupsCommand.class);
    commands.put("meetings", MeetingsCommand.class);
    commands.put("recordings", RecordingsCommand.class);
    commands.put("guest-issuer", GuestIssuerCommand.class);
    commands.put("notify", NotifyCommand.class);
    commands.put("emulator", EmulatorCommand.class);
    commands.put("generate-completion", AutoComplete.GenerateCompletion.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  private static void withConventions(CommandLine commandLine) {
    CommandLine.Model.CommandSpec spec = commandLine.getCommandSpec();
    if (!(commandLine.getCommand() instanceof CommandLine.HelpCommand)) {
      spec.mixinStandardHelpOptions(true);
    }
    spec.exitCodeOnInvalidInput(ExitCodes.USAGE).exitCodeOnExecutionException(ExitCodes.API);
    WebexEnums.apply(spec);
    commandLine
        .getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, WebexCommand::examples);
    if (commandLine.getCommand() instanceof NotifyCommand) {
      offerOutputs(
          spec,
          List.of("id", "json", "jsonl"),
          "Output: id (the default; table prints the same), json or jsonl (message, thread and"
              + " room ids, role, notes).");
    }
    commandLine.getSubcommands().values().forEach(WebexCommand::withConventions);
  }

  /**
   * The footer (examples) as written, one line each: picocli would wrap a long example into two
   * lines that no longer paste as one command.
   */
  private static String examples(CommandLine.Help help) {
    StringBuilder text = new StringBuilder();
    for (String line : help.commandSpec().usageMessage().footer()) {
      text.append(line.replace("%n", System.lineSeparator()).replace("%%", "%"))
          .append(System.lineSeparator());
    }
    return text.toString();
  }

  /**
   * Narrows the inherited {@code -o} of a command whose results do not fit every format: its help
   * and completion offer only {@code formats}. The copy keeps the binding to the root's field.
   */
  private static void offerOutputs(
      CommandLine.Model.CommandSpec spec, List<String> formats, String description) {
    CommandLine.Model.OptionSpec inherited = spec.findOption("--output");
    if (inherited == null) {
      return;
    }
    spec.remove(inherited);
    spec.addOption(
        CommandLine.Model.OptionSpec.builder(inherited)
            .description(description)
            .completionCandidates(formats)
            .build());
  }

  private int execute(CommandLine.ParseResult parseResult) {
    if (onDeadline != null) {
      Deadline.arm(deadline(), onDeadline);
    }
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  /** {@code webex} without a subcommand: the usage, exit code 1. */
  @Override
  public Integer call() {
    spec.commandLine().usage(context.err());
    return ExitCodes.USAGE;
  }

  /** The root command of the command tree {@code spec} belongs to. */
  public static WebexCommand of(CommandLine.Model.CommandSpec spec) {
    return (WebexCommand) spec.root().userObject();
  }

  /** The environment this invocation runs in. */
  public CliContext context() {
    return context;
  }

  /** Whether {@code --verbose} was given. */
  public boolean verbose() {
    return verbose;
  }

  /**
   * What happens when {@link #deadline()} passes (the process entry point exits; tests leave it
   * unset, so no deadline is enforced in-process).
   */
  public void onDeadline(Runnable action) {
    this.onDeadline = action;
  }

  /** The per-request timeout: {@code --timeout}, else {@code WEBEX_TIMEOUT}, else 30 s. */
  public Duration timeout() {
    return durationSetting(timeout, "WEBEX_TIMEOUT", DEFAULT_TIMEOUT);
  }

  /**
   * The limit for the whole command ({@link Duration#ZERO} for none): {@code --deadline}, else
   * {@code WEBEX_DEADLINE}, else 5 min.
   */
  public Duration deadline() {
    return durationSetting(deadline, "WEBEX_DEADLINE", DEFAULT_DEADLINE);
  }

  private Duration durationSetting(Duration option, String variable, Duration fallback) {
    if (option != null) {
      return option;
    }
    String value = context.env().get(variable);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return DurationOption.parse(value)
        .orElseThrow(
            () -> new CliFailure(ExitCodes.USAGE, variable + ": " + DurationOption.problem(value)));
  }

  /** The {@code --token-file} value, or null. */
  public Path tokenFile() {
    return tokenFile;
  }

  /** The {@code --base-url} value, or null. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The output of this invocation, as chosen by {@code -o} and {@code --jsonl}. */
  public Output output() {
    return new Output(jsonl ? Output.Format.jsonl : output, context.out(), context.terminal());
  }

  /**
   * The client for this invocation, created on first use from the global options and the
   * environment (see {@link Clients}).
   *
   * @throws io.github.webex4j.WebexConfigurationException if no token is configured
   */
  public WebexClient client() {
    if (client == null) {
      client = Clients.create(this);
    }
    return client;
  }

  /** Where the clients of this invocation log: see {@link ClientLog} ({@code --verbose}). */
  System.Logger clientLog() {
    return new ClientLog(context.err(), verbose);
  }
}
