package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CliFailure;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.cli.People;
import io.github.webex4j.licenses.LicenseAssignParams;
import io.github.webex4j.licenses.LicenseAssignment;
import io.github.webex4j.licenses.LicenseChange;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex licenses list|get|users|assign} (admins). */
@Command(
    name = "licenses",
    description = "Licenses of your organization (/licenses).",
    footerHeading = "%nExamples:%n",
    footer = "  webex licenses list")
public final class LicensesCommand extends ApiCommand implements CommandGroup {
  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        LicensesCommand.ListLicenses.class,
        LicensesCommand.GetLicense.class,
        LicensesCommand.Users.class,
        LicensesCommand.Assign.class);
  }

  @Command(
      name = "list",
      description = "List licenses (not paged by Webex).",
      footerHeading = "%nExamples:%n",
      footer = "  webex licenses list --org ORG_ID -o json")
  static final class ListLicenses extends ApiCommand {
    @Option(names = "--org", paramLabel = "ORG_ID", description = "Organization (default: yours).")
    private String orgId;

    @Override
    public Integer call() {
      output()
          .list(
              orgId == null ? webex().licenses().list() : webex().licenses().list(orgId),
              List.of("id", "name", "totalUnits", "consumedUnits", "siteUrl"));
      return 0;
    }
  }

  @Command(
      name = "get",
      description = "Show one license.",
      footerHeading = "%nExamples:%n",
      footer = "  webex licenses get LICENSE_ID")
  static final class GetLicense extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "License id.")
    private String id;

    @Override
    public Integer call() {
      return show(webex().licenses().get(id));
    }
  }

  @Command(
      name = "users",
      description = "List the people a license is assigned to, all pages.",
      footerHeading = "%nExamples:%n",
      footer = "  webex licenses users LICENSE_ID --limit 100")
  static final class Users extends ApiCommand {
    @Mixin private ListOptions options;

    @Parameters(paramLabel = "ID", description = "License id.")
    private String id;

    @Override
    public Integer call() {
      return list(
          webex().licenses().assignedUsers(id, options.pageSize()),
          options,
          List.of("id", "email", "displayName", "type"));
    }
  }

  @Command(
      name = "assign",
      description = {
        "Add or remove licenses of a person (PATCH /licenses/users).",
        "If Webex applied only some changes (206), the result is printed, the changes not"
            + " applied are named on stderr and the exit code is 2."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  webex licenses assign --person ana@example.com --add LICENSE_ID",
        "  webex licenses assign --person PERSON_ID --add L1,L2 --remove L3"
      })
  static final class Assign extends ApiCommand {
    @Option(
        names = "--person",
        required = true,
        paramLabel = "EMAIL|ID",
        description = "The user (email or person id).")
    private String person;

    @Option(
        names = "--add",
        split = ",",
        paramLabel = "LICENSE_ID",
        description = "License to assign (repeatable or comma-separated).")
    private List<String> add = new ArrayList<>();

    @Option(
        names = "--remove",
        split = ",",
        paramLabel = "LICENSE_ID",
        description = "License to remove (repeatable or comma-separated).")
    private List<String> remove = new ArrayList<>();

    @Option(names = "--org", paramLabel = "ORG_ID", description = "Organization (default: yours).")
    private String orgId;

    @Override
    public Integer call() {
      output().requireNotId("webex licenses assign");
      if (add.isEmpty() && remove.isEmpty()) {
        throw new CliFailure(ExitCodes.USAGE, "Name at least one --add or --remove license.");
      }
      People.Ref who = People.ref(person);
      LicenseAssignParams.Builder params =
          LicenseAssignParams.builder().orgId(orgId).email(who.email()).personId(who.id());
      add.forEach(id -> params.license(LicenseChange.add(id)));
      remove.forEach(id -> params.license(LicenseChange.remove(id)));
      LicenseAssignment result = webex().licenses().assign(params.build());
      show(result);
      if (result.partial()) {
        PrintWriter err = root().context().err();
        err.println(
            "webex: Webex applied only some changes; not applied: "
                + String.join(", ", result.notApplied()));
        err.flush();
        return ExitCodes.API;
      }
      return ExitCodes.OK;
    }
  }
}
