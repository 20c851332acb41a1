package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.cli.People;
import io.github.webex4j.memberships.MembershipCreateParams;
import io.github.webex4j.memberships.MembershipListParams;
import io.github.webex4j.memberships.MembershipUpdateParams;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex memberships list|get|create|update|delete}. */
@Command(
    name = "memberships",
    description = "Room memberships: who is in which room (/memberships).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  webex memberships list --room \"Dev Room\"",
      "  webex memberships create --room \"Dev Room\" --person ana@example.com"
    },
    subcommands = {
      MembershipsCommand.ListMemberships.class,
      MembershipsCommand.GetMembership.class,
      MembershipsCommand.CreateMembership.class,
      MembershipsCommand.UpdateMembership.class,
      MembershipsCommand.DeleteMembership.class
    })
public final class MembershipsCommand extends ApiCommand {
  static final List<String> COLUMNS =
      List.of("id", "personEmail", "personDisplayName", "isModerator", "roomId");

  @Command(
      name = "list",
      description = "List memberships of a room, or your own.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  webex memberships list --room \"Dev Room\"",
        "  webex memberships list --room \"Dev Room\" --person ana@example.com -o json"
      })
  static final class ListMemberships extends ApiCommand {
    @Mixin private ListOptions options;

    @Option(names = "--room", paramLabel = "ROOM", description = "Room id or exact title.")
    private String room;

    @Option(names = "--person", paramLabel = "EMAIL|ID", description = "Only this person.")
    private String person;

    @Override
    public Integer call() {
      String roomId = room == null ? null : lookup().roomId(room);
      boolean email = person != null && People.isEmail(person);
      MembershipListParams params =
          new MembershipListParams(
              roomId,
              person == null || email ? null : person,
              email ? person : null,
              options.pageSize());
      return list(webex().memberships().list(params), options, COLUMNS);
    }
  }

  @Command(
      name = "get",
      description = "Show one membership.",
      footerHeading = "%nExamples:%n",
      footer = "  webex memberships get MEMBERSHIP_ID")
  static final class GetMembership extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Membership id.")
    private String id;

    @Override
    public Integer call() {
      return show(webex().memberships().get(id));
    }
  }

  @Command(
      name = "create",
      description = "Add a person to a room.",
      footerHeading = "%nExamples:%n",
      footer =
          "  webex memberships create --room \"Dev Room\" --person ana@example.com --moderator")
  static final class CreateMembership extends ApiCommand {
    @Option(
        names = "--room",
        required = true,
        paramLabel = "ROOM",
        description = "Room id or title.")
    private String room;

    @Option(names = "--person", required = true, paramLabel = "EMAIL|ID", description = "Who.")
    private String person;

    @Option(names = "--moderator", description = "Make them a moderator.")
    private Boolean moderator;

    @Override
    public Integer call() {
      boolean email = People.isEmail(person);
      return show(
          webex()
              .memberships()
              .create(
                  new MembershipCreateParams(
                      lookup().roomId(room),
                      email ? null : person,
                      email ? person : null,
                      moderator)));
    }
  }

  @Command(
      name = "update",
      description = "Make a member moderator (or not), or hide the room for them.",
      footerHeading = "%nExamples:%n",
      footer = "  webex memberships update MEMBERSHIP_ID --moderator true")
  static final class UpdateMembership extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Membership id.")
    private String id;

    @Option(names = "--moderator", arity = "1", paramLabel = "BOOL", description = "Moderator.")
    private Boolean moderator;

    @Option(names = "--hidden", arity = "1", paramLabel = "BOOL", description = "Room hidden.")
    private Boolean hidden;

    @Override
    public Integer call() {
      return show(webex().memberships().update(id, new MembershipUpdateParams(moderator, hidden)));
    }
  }

  @Command(
      name = "delete",
      description = "Remove a person from a room.",
      footerHeading = "%nExamples:%n",
      footer = "  webex memberships delete MEMBERSHIP_ID")
  static final class DeleteMembership extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Membership id.")
    private String id;

    @Override
    public Integer call() {
      webex().memberships().delete(id);
      return deleted("membership", id);
    }
  }
}
