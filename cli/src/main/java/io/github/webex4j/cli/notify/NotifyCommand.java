package io.github.webex4j.cli.notify;

import io.github.webex4j.DeliveryUnknownException;
import io.github.webex4j.DotEnvFile;
import io.github.webex4j.WebexException;
import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CliContext;
import io.github.webex4j.cli.CliFailure;
import io.github.webex4j.cli.Errors;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.cli.IoProblems;
import io.github.webex4j.cli.Lookup;
import io.github.webex4j.cli.Output;
import io.github.webex4j.messages.MessageAttachment;
import io.github.webex4j.messages.MessageCreateParams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code webex notify}: posts a CI/CD status to a Webex room or person. */
@Command(
    name = "notify",
    sortOptions = false,
    description = {
      "Posts a CI/CD status: an adaptive card with a markdown fallback (status, facts, log tail,"
          + " links), threaded per CI run, the root optionally edited in place.",
      "Prints the message id (also with -o id; -o json: message, thread and room ids, role,"
          + " notes). Sending"
          + " failures print one line and exit 0 unless --fail-on-error."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  webex notify --room \"Build Alerts\" --status started --update",
      "  webex notify --status failure --log build.log --attach-log --update --mention lead@example.com --mention-on-failure",
      "  webex notify --to-person ana@example.com --status deployed -o json"
    })
public final class NotifyCommand extends ApiCommand {
  /** Environment variable naming the default room. */
  public static final String ENV_ROOM = "WEBEX_NOTIFY_ROOM";

  private static final int MAX_FIELDS = 25;

  @Option(
      names = "--room",
      paramLabel = "ID|TITLE",
      description =
          "Room id or exact title (else WEBEX_NOTIFY_ROOM, from the environment or ./.env).")
  private String room;

  @Option(
      names = "--to-person",
      paramLabel = "EMAIL",
      description = "Send to this person's 1:1 room instead.")
  private String toPerson;

  @Option(
      names = "--status",
      required = true,
      paramLabel = "STATUS",
      description =
          "started, running, success, failure, cancelled, unstable, deployed, rollback or"
              + " skipped; also failed, error, canceled, aborted, succeeded, SucceededWithIssues,"
              + " NOT_BUILT (any case). Another word is shown as neutral and never fails the"
              + " build (with --fail-on-error: exit 1).")
  private String status;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "Headline (default: the CI job or repository).")
  private String title;

  @Option(
      names = "--summary",
      paramLabel = "TEXT|@FILE",
      description = "Text below the title, or @FILE to read it from a file (@@ for a leading @).")
  private String summary;

  @Option(
      names = "--field",
      paramLabel = "KEY=VALUE",
      description = "A fact (repeatable); replaces a detected one with the same key.")
  private List<String> fields = new ArrayList<>();

  @Option(
      names = "--link",
      paramLabel = "LABEL=URL",
      description = "A button (repeatable); five fit on the card.")
  private List<String> links = new ArrayList<>();

  @Option(
      names = "--mention",
      paramLabel = "EMAIL",
      description = "Mention this person (repeatable).")
  private List<String> mentions = new ArrayList<>();

  @Option(
      names = "--mention-on-failure",
      description = "Mention only for failure, unstable and rollback.")
  private boolean mentionOnFailure;

  @Option(names = "--log", paramLabel = "FILE", description = "Show the end of this log file.")
  private Path log;

  @Option(
      names = "--log-lines",
      paramLabel = "N",
      defaultValue = "30",
      description = "Log lines to show (default: ${DEFAULT-VALUE}); fewer if over the size limit.")
  private int logLines;

  @Option(
      names = "--attach-log",
      description = "Also upload the whole --log file, as a reply in the thread.")
  private boolean attachLog;

  @Option(
      names = "--thread",
      paramLabel = "KEY",
      description =
          "Thread key: the first notification with it is the root, later ones reply"
              + " (default: the CI run).")
  private String thread;

  @Option(
      names = "--thread-root",
      paramLabel = "MESSAGE_ID",
      description =
          "Continue the thread of this message (e.g. an earlier step's thread-id output): reply"
              + " to it and, with --update, edit it. Its room is used; no --room needed.")
  private String threadRoot;

  @Option(names = "--no-thread", description = "Post a standalone message, even in CI.")
  private boolean noThread;

  @Option(
      names = "--update",
      description =
          "Edit the thread's root to show this status (use it from the first"
              + " notification on: card messages cannot be edited).")
  private boolean update;

  @Option(
      names = "--state-file",
      paramLabel = "PATH",
      description =
          "Where thread roots are remembered (default: CI temp dir or workspace, else"
              + " the system temp dir).")
  private Path stateFile;

  @Option(
      names = "--fail-on-error",
      description = "Exit 2 (API), 3 (auth) or 4 (network) when sending fails.")
  private boolean failOnError;

  @Option(
      names = "--dry-run",
      description = "Print the JSON payload and send nothing (no token needed).")
  private boolean dryRun;

  @Option(names = "--no-ci-env", description = "Do not read CI environment variables.")
  private boolean noCiEnv;

  private CiReport report;

  @Override
  public Integer call() {
    CliContext context = root().context();
    report = new CiReport(context.env(), context.err());
    CiEnvironment ci = noCiEnv ? null : CiDetector.detect(context.env()).orElse(null);
    NotifyStatus parsedStatus = parseStatus(status);
    boolean unknownStatus = NotifyStatus.parse(status).isEmpty();
    if (threadRoot != null && (noThread || thread != null || toPerson != null)) {
      throw usage(
          "--thread-root continues that message's thread in its room: leave out --thread,"
              + " --no-thread and --to-person.");
    }
    if (threadRoot != null && threadRoot.isBlank()) {
      throw usage("--thread-root needs a message id.");
    }
    String target = threadRoot != null ? null : target(context.env());
    Notification notification = notification(parsedStatus, ci, context);
    if (unknownStatus) {
      notification =
          notification.withNote(
              "The CI reported the status \"" + status.strip() + "\", shown as neutral.");
    }
    String threadKey =
        noThread || threadRoot != null
            ? null
            : thread != null ? thread : ci == null ? null : ci.runKey();
    if (update && threadKey == null && threadRoot == null) {
      throw usage("--update needs a thread: pass --thread KEY or run in a detected CI system.");
    }
    if (attachLog && log == null) {
      throw usage("--attach-log needs --log FILE.");
    }
    if (logLines < 0) {
      throw usage("--log-lines must not be negative.");
    }
    Path logFile = log == null ? null : context.workingDirectory().resolve(log);
    if (logFile != null && !Files.isReadable(logFile)) {
      notification = notification.withNote("Log file " + log.getFileName() + " not found.");
      logFile = null;
    }
    if (attachLog && logFile != null) {
      notification = notification.withNote(CiReport.LOG_ATTACHED);
    }
    StateFile state =
        threadKey == null
            ? null
            : new StateFile(
                stateFile != null
                    ? context.workingDirectory().resolve(stateFile)
                    : StateFile.defaultPath(ci, Path.of(System.getProperty("java.io.tmpdir"))));
    if (dryRun) {
      return dryRun(context, notification, logFile, threadKey, state, target);
    }
    try {
      Destination destination = threadRoot != null ? null : resolve(target);
      NotifyPlan plan =
          new NotifyPlan(
              notification,
              logFile,
              logLines,
              attachLog && logFile != null,
              threadKey,
              update,
              destination,
              threadRoot);
      NotifyResult result = new Notifier(webex(), state, report).send(plan);
      print(result);
      report.notes(result.notes());
      report.outputs(result);
      report.summary(StepSummary.delivered(notification, result));
      return ExitCodes.OK;
    } catch (DeliveryUnknownException e) {
      String line =
          "the notification may or may not have been delivered: "
              + Errors.oneLine(e.sendFailure())
              + "; the room could not be checked, so it was not sent again";
      report.notes(notification.notes());
      report.warn(
          line
              + (failOnError
                  ? " (exit code " + ExitCodes.DELIVERY_UNKNOWN + ")"
                  : " (exit code 0; pass --fail-on-error to fail the step)"));
      report.summary(StepSummary.notDelivered(notification, line));
      return failOnError ? ExitCodes.DELIVERY_UNKNOWN : ExitCodes.OK;
    } catch (WebexException | CliFailure e) {
      report.notes(notification.notes());
      report.summary(
          StepSummary.notDelivered(notification, "sending failed: " + Errors.oneLine(e)));
      if (failOnError) {
        throw e;
      }
      report.warn(
          "sending failed: "
              + Errors.oneLine(e)
              + " (exit code 0; pass --fail-on-error to fail the step)");
      return ExitCodes.OK;
    }
  }

  /** The status; an unknown word is neutral, or a usage error with {@code --fail-on-error}. */
  private NotifyStatus parseStatus(String value) {
    if (failOnError || value.isBlank()) {
      return NotifyStatus.parse(value)
          .orElseThrow(
              () ->
                  usage(
                      "--status must be one of started, running, success, failure, cancelled,"
                          + " unstable, deployed, rollback, skipped or a CI system's word for"
                          + " them (got \""
                          + value
                          + "\")."));
    }
    return NotifyStatus.lenient(value);
  }

  /** The room id/title or email the user named; exactly one destination. */
  private String target(Map<String, String> env) {
    if (room != null && toPerson != null) {
      throw usage("Pass --room or --to-person, not both.");
    }
    if (toPerson != null) {
      if (!toPerson.contains("@")) {
        throw usage("--to-person needs an email address.");
      }
      return toPerson;
    }
    String named = room != null ? room : env.get(ENV_ROOM);
    if (named == null || named.isBlank()) {
      named = DotEnvFile.read(root().context().workingDirectory()).get(ENV_ROOM);
    }
    if (named == null || named.isBlank()) {
      throw usage(
          "No destination: pass --room ID|TITLE or --to-person EMAIL, or set "
              + ENV_ROOM
              + " (environment or ./.env).");
    }
    return named.strip();
  }

  private Destination resolve(String target) {
    if (toPerson != null) {
      return Destination.person(target);
    }
    String roomId = lookup().roomId(target);
    return Destination.room(roomId, roomId);
  }

  private Notification notification(NotifyStatus parsed, CiEnvironment ci, CliContext context) {
    List<Notification.Fact> facts = new ArrayList<>();
    List<Notification.Link> buttons = new ArrayList<>();
    if (ci != null) {
      addFact(facts, "Repository", ci.repository());
      addFact(facts, "Branch", ci.branch());
      addFact(facts, "Commit", ci.commit());
      addFact(facts, "Author", ci.author());
      addFact(facts, "Job", ci.job());
      addFact(facts, "Run", ci.runNumber() == null ? null : "#" + ci.runNumber());
      addFact(facts, "Trigger", ci.trigger());
      if (ci.runUrl() != null) {
        buttons.add(new Notification.Link("Open run", ci.runUrl()));
      }
    }
    for (String field : fields) {
      String[] pair = split(field, "--field", "KEY=VALUE");
      if (pair[1].isBlank()) {
        facts.removeIf(f -> f.label().equalsIgnoreCase(pair[0]));
      } else {
        Notification.Fact fact = new Notification.Fact(labelOf(facts, pair[0]), pair[1]);
        replaceOrAdd(facts, fact, Notification.Fact::label);
      }
    }
    if (facts.size() > MAX_FIELDS) {
      throw usage("At most " + MAX_FIELDS + " fields fit in a notification.");
    }
    for (String link : links) {
      String[] pair = split(link, "--link", "LABEL=URL");
      try {
        replaceOrAdd(buttons, new Notification.Link(pair[0], pair[1]), Notification.Link::label);
      } catch (IllegalArgumentException e) {
        throw usage("--link " + pair[0] + ": the URL must start with http:// or https://.");
      }
    }
    for (String email : mentions) {
      if (!email.contains("@") || email.contains(">") || email.contains("<")) {
        throw usage("--mention needs an email address, got \"" + email + "\".");
      }
    }
    List<String> mentioned =
        mentionOnFailure && !parsed.needsAttention() ? List.of() : List.copyOf(mentions);
    String headline =
        title != null && !title.isBlank()
            ? title
            : ci != null && ci.job() != null
                ? ci.job()
                : ci != null && ci.repository() != null ? ci.repository() : "Pipeline";
    List<String> notes = new ArrayList<>();
    String text = summaryText(context, notes);
    return new Notification(
        parsed,
        headline,
        text,
        facts,
        buttons,
        mentioned,
        null,
        log == null ? null : String.valueOf(log.getFileName()),
        notes,
        Marker.create(null, Marker.Role.SINGLE));
  }

  private String summaryText(CliContext context, List<String> notes) {
    if (summary == null || !summary.startsWith("@")) {
      return summary;
    }
    if (summary.startsWith("@@")) {
      return summary.substring(1);
    }
    Path file = context.workingDirectory().resolve(summary.substring(1));
    try {
      return Texts.truncate(Files.readString(file, StandardCharsets.UTF_8), 16 * 1024);
    } catch (IOException e) {
      notes.add("Summary file " + file.getFileName() + " could not be read.");
      return null;
    }
  }

  private int dryRun(
      CliContext context,
      Notification notification,
      Path logFile,
      String threadKey,
      StateFile state,
      String target) {
    if (threadRoot != null) {
      target = "(room of message " + threadRoot + ")";
      threadKey = "root:" + threadRoot;
    }
    Destination destination =
        toPerson != null
            ? Destination.person(target)
            : Destination.room(
                Lookup.isId(target) || threadRoot != null
                    ? target
                    : "(id of the room titled \"" + target + "\")",
                target);
    String threadHash = threadKey == null ? null : Marker.threadHash(threadKey, target);
    Optional<StateFile.ThreadRoot> root =
        threadRoot == null
            ? Optional.empty()
            : Optional.of(new StateFile.ThreadRoot(target, threadRoot, false));
    if (state != null && threadRoot == null) {
      try {
        root = state.load(threadHash);
      } catch (IOException e) {
        report.warn(
            "cannot read the state file " + state.path() + " (" + IoProblems.describe(e) + ").");
      }
    }
    Marker.Role role =
        threadHash == null
            ? Marker.Role.SINGLE
            : root.isPresent() ? Marker.Role.REPLY : Marker.Role.ROOT;
    Notification n = notification.withMarker(Marker.create(threadHash, role));
    if (role == Marker.Role.REPLY && update && root.get().card()) {
      n = n.withNote(Notifier.CARD_NOT_EDITABLE);
    }
    if (logFile != null) {
      try {
        n = n.withLog(LogTail.read(logFile, logLines, MarkdownRenderer.logBudget(n)));
      } catch (IOException e) {
        report.warn("cannot read the log file " + logFile + " (" + IoProblems.describe(e) + ").");
      }
    }
    boolean card = !(role == Marker.Role.ROOT && update);
    MessageCreateParams params =
        Notifier.params(
                root.map(StateFile.ThreadRoot::roomId).map(destination::inRoom).orElse(destination),
                root.map(StateFile.ThreadRoot::messageId).orElse(null),
                n,
                card)
            .build();
    context.out().println(Output.toPrettyJson(wireBody(params)));
    context.out().flush();
    List<String> also = new ArrayList<>();
    if (threadHash == null) {
      also.add("a standalone message");
    } else if (root.isEmpty()) {
      also.add("the thread root unless the room already has one for this run");
    } else {
      also.add("a reply to the thread root " + root.get().messageId());
      if (update && !root.get().card()) {
        also.add("an edit of the root showing this status");
      }
    }
    if (attachLog && logFile != null) {
      also.add("an upload of " + logFile.getFileName() + " as a thread reply");
    }
    report.notes(n.notes());
    report.info("dry run, nothing sent. Would post " + String.join("; ", also) + ".");
    return ExitCodes.OK;
  }

  /** The JSON body of {@code POST /messages} for a message without a local file. */
  static Map<String, Object> wireBody(MessageCreateParams params) {
    Map<String, Object> body = new LinkedHashMap<>();
    putIfPresent(body, "roomId", params.roomId());
    putIfPresent(body, "toPersonEmail", params.toPersonEmail());
    putIfPresent(body, "parentId", params.parentId());
    putIfPresent(body, "text", params.text());
    putIfPresent(body, "markdown", params.markdown());
    if (params.card() != null) {
      Map<String, Object> attachment = new LinkedHashMap<>();
      attachment.put("contentType", MessageAttachment.ADAPTIVE_CARD);
      attachment.put("content", params.card());
      body.put("attachments", List.of(attachment));
    }
    return body;
  }

  private static void putIfPresent(Map<String, Object> body, String name, Object value) {
    if (value != null) {
      body.put(name, value);
    }
  }

  private void print(NotifyResult result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("messageId", result.messageId());
    json.put("threadId", result.threadId());
    json.put("roomId", result.roomId());
    json.put("role", result.role());
    json.put("rootEdited", result.rootEdited());
    json.put("logMessageId", result.logMessageId());
    json.put("notes", result.notes());
    json.values().removeIf(v -> v == null);
    output().done(result.messageId(), result.messageId(), json);
  }

  private static void addFact(List<Notification.Fact> facts, String label, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new Notification.Fact(label, value));
    }
  }

  /** The label of the detected fact named {@code label} (any case), else {@code label}. */
  private static String labelOf(List<Notification.Fact> facts, String label) {
    return facts.stream()
        .map(Notification.Fact::label)
        .filter(existing -> existing.equalsIgnoreCase(label))
        .findFirst()
        .orElse(label);
  }

  private static <T> void replaceOrAdd(List<T> items, T item, Function<T, String> label) {
    for (int i = 0; i < items.size(); i++) {
      if (label.apply(items.get(i)).equalsIgnoreCase(label.apply(item))) {
        items.set(i, item);
        return;
      }
    }
    items.add(item);
  }

  private static String[] split(String value, String option, String shape) {
    int eq = value.indexOf('=');
    if (eq <= 0 || value.substring(0, eq).isBlank()) {
      throw usage(option + " must look like " + shape + ", got \"" + value + "\".");
    }
    return new String[] {value.substring(0, eq).strip(), value.substring(eq + 1).strip()};
  }

  private static CliFailure usage(String message) {
    return new CliFailure(ExitCodes.USAGE, message);
  }
}
