package io.github.webex4j.cli.demo;

import io.github.webex4j.WebexClient;
import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CliFailure;
import io.github.webex4j.cli.Clients;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.cli.Output;
import io.github.webex4j.cli.WebexCommand;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.emulator.WebexEmulator;
import io.github.webex4j.examples.ProjectAlpha;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code webex demo}: runs {@link ProjectAlpha} against Webex when a token is configured, else on
 * an embedded emulator with five sample people, and prints the result as a tree or JSON.
 */
@Command(
    name = "demo",
    description = {
      "Project Alpha: team \"Project Alpha\" with five members, \"Dev Room\" (three of them) and"
          + " \"QA Room\" (the other two) under it, and a welcome message in each room.",
      "Safe to run again: existing team, rooms, memberships and welcome messages are kept.",
      "Without any token it runs on a local emulator with five sample people."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  webex demo                                  # no token: local emulator",
      "  webex demo --members a@x.com,b@x.com,c@x.com,d@x.com,e@x.com --dry-run",
      "  WEBEX_DEMO_MEMBERS=a@x.com,b@x.com,c@x.com,d@x.com,e@x.com webex demo -o json"
    })
public final class DemoCommand extends ApiCommand {
  /** The environment variable read when {@code --members} is absent. */
  public static final String ENV_MEMBERS = "WEBEX_DEMO_MEMBERS";

  /** The people created on the emulator when no members are given. */
  static final List<String> SAMPLE_MEMBERS =
      List.of(
          "ana@example.com",
          "ben@example.com",
          "chen@example.com",
          "dara@example.com",
          "eli@example.com");

  @Option(
      names = "--members",
      paramLabel = "EMAILS",
      description =
          "Exactly five distinct, comma-separated emails: the first three join Dev Room, the"
              + " other two QA Room (else "
              + ENV_MEMBERS
              + "; required with a token).")
  private String members;

  @Option(names = "--dry-run", description = "Only read: show what would be created.")
  private boolean dryRun;

  @Override
  public Integer call() {
    WebexCommand root = root();
    output().requireNotId("webex demo");
    String given = members != null ? members : root.context().env().get(ENV_MEMBERS);
    List<String> five = given == null ? null : ProjectAlpha.members(given);
    if (Clients.hasToken(root)) {
      if (five == null) {
        throw new CliFailure(
            ExitCodes.USAGE,
            "With a token, name the five people to invite: --members a@x,b@x,c@x,d@x,e@x (or "
                + ENV_MEMBERS
                + ").");
      }
      report(run(webex(), five));
      return ExitCodes.OK;
    }
    List<String> people = five != null ? five : SAMPLE_MEMBERS;
    try (WebexEmulator emulator = WebexEmulator.start()) {
      EmulatedPerson you = emulator.createPerson("you@example.com", "You");
      people.forEach(email -> emulator.createPerson(email, displayName(email)));
      WebexClient local =
          Clients.builder(root).accessToken(you.token()).baseUrl(emulator.baseUri()).build();
      report(run(local, people));
    }
    PrintWriter err = root.context().err();
    err.println(
        "Ran on a local Webex emulator (no token found; nothing was sent to Webex). To run it"
            + " against Webex: put WEBEX_API_TOKEN=<your token> in .env and pass --members with"
            + " five emails.");
    err.flush();
    return ExitCodes.OK;
  }

  private ProjectAlpha.Result run(WebexClient webex, List<String> five) {
    try {
      return new ProjectAlpha(webex, dryRun).run(five);
    } catch (ProjectAlpha.StepFailedException e) {
      throw new CliFailure(
          ExitCodes.of(e.getCause()),
          e.getMessage()
              + ". Steps before it are done; running `webex demo` again resumes safely.");
    }
  }

  private void report(ProjectAlpha.Result result) {
    Output output = output();
    PrintWriter out = root().context().out();
    if (output.isJson()) {
      out.println(
          output.format() == Output.Format.json
              ? Output.toPrettyJson(result)
              : Output.toJson(result));
    } else {
      new DemoTree(out).print(result, dryRun);
    }
    out.flush();
  }

  private static String displayName(String email) {
    String local = email.substring(0, email.indexOf('@'));
    return local.substring(0, 1).toUpperCase(Locale.ROOT) + local.substring(1);
  }
}
