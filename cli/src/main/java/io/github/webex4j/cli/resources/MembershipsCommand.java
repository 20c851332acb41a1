package io.github.webex4j.cli.resources;

import io.github.webex4j.ConflictException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.bulk.Bulk;
import io.github.webex4j.bulk.BulkResult;
import io.github.webex4j.bulk.ItemResult;
import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.BulkProgressPrinter;
import io.github.webex4j.cli.CliContext;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.DeleteOptions;
import io.github.webex4j.cli.Errors;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.cli.People;
import io.github.webex4j.memberships.Membership;
import io.github.webex4j.memberships.MembershipCreateParams;
import io.github.webex4j.memberships.MembershipListParams;
import io.github.webex4j.memberships.MembershipUpdateParams;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex memberships list|get|create|update|delete|add}. */
@Command(
    name = "memberships",
    description = "Room memberships: who is in which room (/memberships).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  webex memberships list --room \"Dev Room\"",
      "  webex memberships create --room \"Dev Room\" --person ana@example.com",
      "  webex memberships add --room \"Dev Room\" --emails-file team.txt"
    })
public final class MembershipsCommand extends ApiCommand implements CommandGroup {

  static final List<String> COLUMNS =
      List.of("id", "personEmail", "personDisplayName", "isModerator", "roomId");

  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        MembershipsCommand.ListMemberships.class,
        MembershipsCommand.GetMembership.class,
        MembershipsCommand.CreateMembership.class,
        MembershipsCommand.UpdateMembership.class,
        MembershipsCommand.DeleteMembership.class,
        MembershipsCommand.AddMembers.class);
  }

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
      People.Ref who = People.ref(person);
      MembershipListParams params =
          new MembershipListParams(roomId, who.id(), who.email(), options.pageSize());
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

    @Mixin private NewMember member;

    @Override
    public Integer call() {
      People.Ref who = member.person();
      return show(
          webex()
              .memberships()
              .create(
                  new MembershipCreateParams(
                      lookup().roomId(room), who.id(), who.email(), member.moderator())));
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

    @Mixin private DeleteOptions notFound;

    @Override
    public Integer call() {
      return delete(notFound, "membership", id, () -> webex().memberships().delete(id));
    }
  }

  /**
   * The outcome of one address of {@code memberships add}.
   *
   * @param email the address from the file
   * @param result {@code added}, {@code exists} (already a member) or {@code failed}
   * @param membershipId the new membership's id; null unless added
   * @param error the failure's one-line message; null unless failed
   */
  public record BulkMembership(String email, String result, String membershipId, String error) {
    static final List<String> COLUMNS = List.of("email", "result", "membershipId", "error");
  }

  @Command(
      name = "add",
      description = {
        "Add many people to a room: one email per line in a file (# comments), several at a time"
            + " within Webex's rate limits (a 429 pauses all and is retried).",
        "Progress goes to stderr (a bar on a terminal, else a line per 10%%); then one result per"
            + " address: added, exists (already a member) or failed. Exit code 2 if any failed."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  webex memberships add --room \"Dev Room\" --emails-file team.txt",
        "  webex memberships add --room ROOM_ID --emails-file all.txt --concurrency 8 -o json"
      })
  static final class AddMembers extends ApiCommand {
    @Option(
        names = "--room",
        required = true,
        paramLabel = "ROOM",
        description = "Room id or title.")
    private String room;

    @Option(
        names = "--emails-file",
        required = true,
        paramLabel = "FILE",
        description = "One email per line; blank lines and # comments are skipped.")
    private Path emailsFile;

    @Option(names = "--moderator", description = "Make them moderators.")
    private boolean moderator;

    @Option(
        names = "--concurrency",
        paramLabel = "N",
        defaultValue = "4",
        description = "Requests in flight at once, 1-256 (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(
        names = "--rate",
        paramLabel = "PER_SECOND",
        description = "At most this many requests per second (default: until Webex says 429).")
    private Double rate;

    @Override
    public Integer call() {
      List<String> emails = EmailsFile.read(localPath(emailsFile));
      String roomId = lookup().roomId(room);
      CliContext context = root().context();
      Bulk bulk =
          webex()
              .bulk()
              .maxConcurrency(concurrency)
              .onProgress(new BulkProgressPrinter(context.err(), context.terminal(), "done"));
      if (rate != null) {
        bulk = bulk.requestsPerSecond(rate);
      }
      BulkResult<String, Membership> result =
          bulk.run(emails, (client, email) -> addOrFindExisting(client, roomId, email));
      List<BulkMembership> rows = result.items().stream().map(AddMembers::row).toList();
      output().list(rows, BulkMembership.COLUMNS);
      long exists = rows.stream().filter(r -> r.result().equals("exists")).count();
      int failed = result.failures().size();
      context
          .err()
          .printf(
              "%d added, %d exists, %d failed of %d in %.1f s%n",
              rows.size() - exists - failed,
              exists,
              failed,
              rows.size(),
              result.elapsed().toMillis() / 1000.0);
      context.err().flush();
      return failed == 0 ? ExitCodes.OK : ExitCodes.API;
    }

    /** The new membership, or null if the person is already a member (409). */
    private Membership addOrFindExisting(WebexClient client, String roomId, String email) {
      try {
        return client
            .memberships()
            .create(
                new MembershipCreateParams(roomId, null, email, moderator ? Boolean.TRUE : null));
      } catch (ConflictException alreadyMember) {
        return null;
      }
    }

    private static BulkMembership row(ItemResult<String, Membership> item) {
      if (!item.succeeded()) {
        return new BulkMembership(item.item(), "failed", null, Errors.oneLine(item.error()));
      }
      return item.value() == null
          ? new BulkMembership(item.item(), "exists", null, null)
          : new BulkMembership(item.item(), "added", item.value().id(), null);
    }
  }
}
