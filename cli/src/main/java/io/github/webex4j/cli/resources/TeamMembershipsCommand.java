package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.DeleteOptions;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.cli.People;
import io.github.webex4j.teammemberships.TeamMembershipCreateParams;
import io.github.webex4j.teammemberships.TeamMembershipListParams;
import io.github.webex4j.teammemberships.TeamMembershipUpdateParams;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex team-memberships list|get|create|update|delete}. */
@Command(
    name = "team-memberships",
    description = "Team memberships: who is in which team (/team/memberships).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  webex team-memberships list --team \"Project Alpha\"",
      "  webex team-memberships create --team \"Project Alpha\" --person ana@example.com"
    })
public final class TeamMembershipsCommand extends ApiCommand implements CommandGroup {

  static final List<String> COLUMNS =
      List.of("id", "personEmail", "personDisplayName", "isModerator", "teamId");

  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        TeamMembershipsCommand.ListTeamMemberships.class,
        TeamMembershipsCommand.GetTeamMembership.class,
        TeamMembershipsCommand.CreateTeamMembership.class,
        TeamMembershipsCommand.UpdateTeamMembership.class,
        TeamMembershipsCommand.DeleteTeamMembership.class);
  }

  @Command(
      name = "list",
      description = "List the members of a team.",
      footerHeading = "%nExamples:%n",
      footer = "  webex team-memberships list --team \"Project Alpha\" -o json")
  static final class ListTeamMemberships extends ApiCommand {
    @Mixin private ListOptions options;

    @Option(
        names = "--team",
        required = true,
        paramLabel = "TEAM",
        description = "Team id or name.")
    private String team;

    @Override
    public Integer call() {
      TeamMembershipListParams params =
          new TeamMembershipListParams(lookup().teamId(team), options.pageSize());
      return list(webex().teamMemberships().list(params), options, COLUMNS);
    }
  }

  @Command(
      name = "get",
      description = "Show one team membership.",
      footerHeading = "%nExamples:%n",
      footer = "  webex team-memberships get TEAM_MEMBERSHIP_ID")
  static final class GetTeamMembership extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Team membership id.")
    private String id;

    @Override
    public Integer call() {
      return show(webex().teamMemberships().get(id));
    }
  }

  @Command(
      name = "create",
      description = "Add a person to a team.",
      footerHeading = "%nExamples:%n",
      footer = "  webex team-memberships create --team \"Project Alpha\" --person ana@example.com")
  static final class CreateTeamMembership extends ApiCommand {
    @Option(
        names = "--team",
        required = true,
        paramLabel = "TEAM",
        description = "Team id or name.")
    private String team;

    @Mixin private NewMember member;

    @Override
    public Integer call() {
      People.Ref who = member.person();
      return show(
          webex()
              .teamMemberships()
              .create(
                  new TeamMembershipCreateParams(
                      lookup().teamId(team), who.id(), who.email(), member.moderator())));
    }
  }

  @Command(
      name = "update",
      description = "Make a team member moderator, or not.",
      footerHeading = "%nExamples:%n",
      footer = "  webex team-memberships update TEAM_MEMBERSHIP_ID --moderator true")
  static final class UpdateTeamMembership extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Team membership id.")
    private String id;

    @Option(
        names = "--moderator",
        required = true,
        arity = "1",
        paramLabel = "BOOL",
        description = "Moderator.")
    private boolean moderator;

    @Override
    public Integer call() {
      return show(
          webex().teamMemberships().update(id, TeamMembershipUpdateParams.moderator(moderator)));
    }
  }

  @Command(
      name = "delete",
      description = "Remove a person from a team.",
      footerHeading = "%nExamples:%n",
      footer = "  webex team-memberships delete TEAM_MEMBERSHIP_ID")
  static final class DeleteTeamMembership extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Team membership id.")
    private String id;

    @Mixin private DeleteOptions notFound;

    @Override
    public Integer call() {
      return delete(notFound, "team membership", id, () -> webex().teamMemberships().delete(id));
    }
  }
}
