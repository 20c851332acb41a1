package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.ListOptions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex licenses list|get|users} (admins). */
@Command(
    name = "licenses",
    description = "Licenses of your organization (/licenses).",
    footerHeading = "%nExamples:%n",
    footer = "  webex licenses list",
    subcommands = {
      LicensesCommand.ListLicenses.class,
      LicensesCommand.GetLicense.class,
      LicensesCommand.Users.class
    })
public final class LicensesCommand extends ApiCommand {

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
}
