package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CommandGroup;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code webex roles list|get} (admins). */
@Command(
    name = "roles",
    description = "Administrator roles (/roles).",
    footerHeading = "%nExamples:%n",
    footer = "  webex roles list")
public final class RolesCommand extends ApiCommand implements CommandGroup {
  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(RolesCommand.ListRoles.class, RolesCommand.GetRole.class);
  }

  @Command(
      name = "list",
      description = "List roles.",
      footerHeading = "%nExamples:%n",
      footer = "  webex roles list -o json")
  static final class ListRoles extends ApiCommand {
    @Override
    public Integer call() {
      output().list(webex().roles().list(), List.of("id", "name"));
      return 0;
    }
  }

  @Command(
      name = "get",
      description = "Show one role.",
      footerHeading = "%nExamples:%n",
      footer = "  webex roles get ROLE_ID")
  static final class GetRole extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Role id.")
    private String id;

    @Override
    public Integer call() {
      return show(webex().roles().get(id));
    }
  }
}
