package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CliFailure;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.DeleteOptions;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.teams.TeamCreateParams;
import io.github.webex4j.teams.TeamListParams;
import io.github.webex4j.teams.TeamUpdateParams;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex teams list|get|create|update|delete}. */
@Command(
    name = "teams",
    description = "Teams: groups of people with a General room and team rooms (/teams).",
    footerHeading = "%nExamples:%n",
    footer = {"  webex teams list", "  webex teams create --name \"Project Alpha\""})
public final class TeamsCommand extends ApiCommand implements CommandGroup {
  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        TeamsCommand.ListTeams.class,
        TeamsCommand.GetTeam.class,
        TeamsCommand.CreateTeam.class,
        TeamsCommand.UpdateTeam.class,
        TeamsCommand.DeleteTeam.class);
  }

  @Command(
      name = "list",
      description = "List the teams you belong to.",
      footerHeading = "%nExamples:%n",
      footer = {"  webex teams list", "  webex teams list --limit 5 -o json"})
  static final class ListTeams extends ApiCommand {
    @Mixin private ListOptions options;

    @Override
    public Integer call() {
      return list(
          webex().teams().list(new TeamListParams(options.pageSize())),
          options,
          List.of("id", "name", "created"));
    }
  }

  @Command(
      name = "get",
      description = "Show one team.",
      footerHeading = "%nExamples:%n",
      footer = "  webex teams get \"Project Alpha\"")
  static final class GetTeam extends ApiCommand {
    @Parameters(paramLabel = "TEAM", description = "Team id or exact name.")
    private String team;

    @Override
    public Integer call() {
      return show(webex().teams().get(lookup().teamId(team)));
    }
  }

  @Command(
      name = "create",
      description = "Create a team; you become its moderator.",
      footerHeading = "%nExamples:%n",
      footer = "  webex teams create --name \"Project Alpha\" --description \"Q3 launch\"")
  static final class CreateTeam extends ApiCommand {
    @Option(names = "--name", required = true, description = "Team name.")
    private String name;

    @Option(names = "--description", description = "Description.")
    private String description;

    @Override
    public Integer call() {
      return show(webex().teams().create(new TeamCreateParams(name, description)));
    }
  }

  @Command(
      name = "update",
      description = "Rename a team or change its description.",
      footerHeading = "%nExamples:%n",
      footer = "  webex teams update \"Project Alpha\" --name \"Project Beta\"")
  static final class UpdateTeam extends ApiCommand {
    @Parameters(paramLabel = "TEAM", description = "Team id or exact name.")
    private String team;

    @Option(names = "--name", required = true, description = "New name (Webex requires it).")
    private String name;

    @Option(names = "--description", description = "New description.")
    private String description;

    @Override
    public Integer call() {
      return show(
          webex().teams().update(lookup().teamId(team), new TeamUpdateParams(name, description)));
    }
  }

  @Command(
      name = "delete",
      description = {
        "Delete a team and its rooms.",
        "This cannot be undone: the team's rooms go with it, so --yes is required."
      },
      footerHeading = "%nExamples:%n",
      footer = "  webex teams delete \"Project Alpha\" --yes")
  static final class DeleteTeam extends ApiCommand {
    @Parameters(paramLabel = "TEAM", description = "Team id or exact name.")
    private String team;

    @Option(names = "--yes", description = "Confirm: delete the team and all its rooms.")
    private boolean yes;

    @Mixin private DeleteOptions notFound;

    @Override
    public Integer call() {
      if (!yes) {
        throw new CliFailure(
            ExitCodes.USAGE,
            "Deleting team \""
                + team
                + "\" also deletes its rooms and cannot be undone; pass --yes to confirm.");
      }
      if (notFound.ignoreNotFound()) {
        return lookup()
            .existingId("team", team)
            .map(id -> delete(notFound, "team", id, () -> webex().teams().delete(id)))
            .orElseGet(() -> notFound("team", team));
      }
      String id = lookup().teamId(team);
      return delete(notFound, "team", id, () -> webex().teams().delete(id));
    }
  }
}
