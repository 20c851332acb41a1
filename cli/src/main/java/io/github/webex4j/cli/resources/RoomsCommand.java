package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.DeleteOptions;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.rooms.RoomCreateParams;
import io.github.webex4j.rooms.RoomListParams;
import io.github.webex4j.rooms.RoomSortBy;
import io.github.webex4j.rooms.RoomType;
import io.github.webex4j.rooms.RoomUpdateParams;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex rooms list|get|create|update|delete|meeting-info}. */
@Command(
    name = "rooms",
    description = "Rooms (spaces): group rooms and 1:1 rooms (/rooms).",
    footerHeading = "%nExamples:%n",
    footer = {"  webex rooms list --team \"Project Alpha\"", "  webex rooms get \"Dev Room\""})
public final class RoomsCommand extends ApiCommand implements CommandGroup {

  static final List<String> COLUMNS = List.of("id", "title", "type", "teamId", "lastActivity");

  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        RoomsCommand.ListRooms.class,
        RoomsCommand.GetRoom.class,
        RoomsCommand.CreateRoom.class,
        RoomsCommand.UpdateRoom.class,
        RoomsCommand.DeleteRoom.class,
        RoomsCommand.MeetingInfo.class);
  }

  @Command(
      name = "list",
      description = "List your rooms, all pages.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  webex rooms list --type group --sort lastactivity --limit 20",
        "  webex rooms list --team \"Project Alpha\" -o json"
      })
  static final class ListRooms extends ApiCommand {
    @Mixin private ListOptions options;

    @Option(
        names = "--team",
        paramLabel = "TEAM",
        description = "Only rooms of this team (id or name).")
    private String team;

    @Option(names = "--type", description = "${COMPLETION-CANDIDATES}.")
    private RoomType type;

    @Option(names = "--sort", paramLabel = "BY", description = "${COMPLETION-CANDIDATES}.")
    private RoomSortBy sortBy;

    @Option(
        names = "--public-spaces",
        description =
            "Your organization's public spaces, joined or not (not with --team, --type, --sort).")
    private Boolean publicSpaces;

    @Option(
        names = "--from",
        paramLabel = "INSTANT",
        description = "Only spaces made public after this time (with --public-spaces).")
    private Instant from;

    @Option(
        names = "--to",
        paramLabel = "INSTANT",
        description = "Only spaces made public before this time (with --public-spaces).")
    private Instant to;

    @Override
    public Integer call() {
      String teamId = team == null ? null : lookup().teamId(team);
      RoomListParams params =
          new RoomListParams(teamId, type, publicSpaces, from, to, sortBy, options.pageSize());
      return list(webex().rooms().list(params), options, COLUMNS);
    }
  }

  @Command(
      name = "get",
      description = "Show one room.",
      footerHeading = "%nExamples:%n",
      footer = "  webex rooms get \"Dev Room\" -o json")
  static final class GetRoom extends ApiCommand {
    @Parameters(paramLabel = "ROOM", description = "Room id or exact title.")
    private String room;

    @Override
    public Integer call() {
      return show(webex().rooms().get(lookup().roomId(room)));
    }
  }

  @Command(
      name = "create",
      description = "Create a group room; you become a member.",
      footerHeading = "%nExamples:%n",
      footer = "  webex rooms create --title \"Dev Room\" --team \"Project Alpha\"")
  static final class CreateRoom extends ApiCommand {
    @Option(names = "--title", required = true, description = "Room title.")
    private String title;

    @Option(names = "--team", paramLabel = "TEAM", description = "Team (id or name) to put it in.")
    private String team;

    @Option(names = "--description", description = "Description.")
    private String description;

    @Option(names = "--locked", description = "Moderated room.")
    private Boolean locked;

    @Option(names = "--announcement-only", description = "Only moderators may post.")
    private Boolean announcementOnly;

    @Override
    public Integer call() {
      String teamId = team == null ? null : lookup().teamId(team);
      return show(
          webex()
              .rooms()
              .create(
                  new RoomCreateParams(
                      title, teamId, null, locked, null, description, announcementOnly)));
    }
  }

  @Command(
      name = "update",
      description = "Change a room's title, description or settings.",
      footerHeading = "%nExamples:%n",
      footer = "  webex rooms update \"Dev Room\" --title \"Dev Room (archived)\"")
  static final class UpdateRoom extends ApiCommand {
    @Parameters(paramLabel = "ROOM", description = "Room id or exact title.")
    private String room;

    @Option(names = "--title", required = true, description = "Title (Webex requires it).")
    private String title;

    @Option(names = "--description", description = "Description.")
    private String description;

    @Option(names = "--locked", arity = "1", paramLabel = "BOOL", description = "Moderated.")
    private Boolean locked;

    @Option(names = "--read-only", arity = "1", paramLabel = "BOOL", description = "Read-only.")
    private Boolean readOnly;

    @Option(
        names = "--announcement-only",
        arity = "1",
        paramLabel = "BOOL",
        description = "Only moderators may post.")
    private Boolean announcementOnly;

    @Override
    public Integer call() {
      RoomUpdateParams params =
          new RoomUpdateParams(
              title, null, null, locked, null, description, announcementOnly, readOnly);
      return show(webex().rooms().update(lookup().roomId(room), params));
    }
  }

  @Command(
      name = "delete",
      description = "Delete a room (group rooms: moderators or the creator).",
      footerHeading = "%nExamples:%n",
      footer = "  webex rooms delete \"Old Room\"")
  static final class DeleteRoom extends ApiCommand {
    @Parameters(paramLabel = "ROOM", description = "Room id or exact title.")
    private String room;

    @Mixin private DeleteOptions notFound;

    @Override
    public Integer call() {
      if (notFound.ignoreNotFound()) {
        return lookup()
            .existingId("room", room)
            .map(id -> delete(notFound, "room", id, () -> webex().rooms().delete(id)))
            .orElseGet(() -> notFound("room", room));
      }
      String id = lookup().roomId(room);
      return delete(notFound, "room", id, () -> webex().rooms().delete(id));
    }
  }

  @Command(
      name = "meeting-info",
      description = "Show a room's meeting details (link, SIP address, dial-in).",
      footerHeading = "%nExamples:%n",
      footer = "  webex rooms meeting-info \"Dev Room\"")
  static final class MeetingInfo extends ApiCommand {
    @Parameters(paramLabel = "ROOM", description = "Room id or exact title.")
    private String room;

    @Override
    public Integer call() {
      output().requireNotId("webex rooms meeting-info");
      return show(webex().rooms().meetingInfo(lookup().roomId(room)));
    }
  }
}
