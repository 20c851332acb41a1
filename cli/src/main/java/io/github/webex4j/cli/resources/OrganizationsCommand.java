package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.DeleteOptions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code webex organizations list|get|delete} (admins). */
@Command(
    name = "organizations",
    description = "Organizations you administer (/organizations).",
    footerHeading = "%nExamples:%n",
    footer = "  webex organizations list")
public final class OrganizationsCommand extends ApiCommand implements CommandGroup {
  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        OrganizationsCommand.ListOrganizations.class,
        OrganizationsCommand.GetOrganization.class,
        OrganizationsCommand.DeleteOrganization.class);
  }

  @Command(
      name = "list",
      description = "List organizations (not paged by Webex).",
      footerHeading = "%nExamples:%n",
      footer = "  webex organizations list -o json")
  static final class ListOrganizations extends ApiCommand {
    @Override
    public Integer call() {
      output().list(webex().organizations().list(), List.of("id", "displayName", "created"));
      return 0;
    }
  }

  @Command(
      name = "get",
      description = "Show one organization.",
      footerHeading = "%nExamples:%n",
      footer = "  webex organizations get ORG_ID")
  static final class GetOrganization extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Organization id.")
    private String id;

    @Override
    public Integer call() {
      return show(webex().organizations().get(id));
    }
  }

  @Command(
      name = "delete",
      description = "Delete an organization (it must be empty).",
      footerHeading = "%nExamples:%n",
      footer = "  webex organizations delete ORG_ID")
  static final class DeleteOrganization extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Organization id.")
    private String id;

    @Mixin private DeleteOptions notFound;

    @Override
    public Integer call() {
      return delete(notFound, "organization", id, () -> webex().organizations().delete(id));
    }
  }
}
