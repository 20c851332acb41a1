package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CliFailure;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.DeleteOptions;
import io.github.webex4j.cli.ExitCodes;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.cli.SecretFile;
import io.github.webex4j.meetings.MeetingCreateParams;
import io.github.webex4j.meetings.MeetingListParams;
import io.github.webex4j.meetings.MeetingRegistration;
import io.github.webex4j.meetings.MeetingState;
import io.github.webex4j.meetings.MeetingType;
import io.github.webex4j.meetings.MeetingUpdateParams;
import io.github.webex4j.meetings.ScheduledType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex meetings list|get|create|update|delete|end|registrants}. */
@Command(
    name = "meetings",
    description = "Webex meetings: schedule, list, change, end (/meetings).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  webex meetings list --from 2026-01-01T00:00:00Z --to 2026-02-01T00:00:00Z",
      "  webex meetings create --title Standup --start 2026-01-05T09:00:00Z"
          + " --end 2026-01-05T09:15:00Z --invitee ana@example.com"
    })
public final class MeetingsCommand extends ApiCommand implements CommandGroup {

  static final List<String> COLUMNS = List.of("id", "title", "state", "start", "end", "webLink");

  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        MeetingsCommand.ListMeetings.class,
        MeetingsCommand.GetMeeting.class,
        MeetingsCommand.CreateMeeting.class,
        MeetingsCommand.UpdateMeeting.class,
        MeetingsCommand.DeleteMeeting.class,
        MeetingsCommand.EndMeeting.class,
        MeetingRegistrantsCommand.class);
  }

  @Command(
      name = "list",
      description = "List meetings, all pages.",
      footerHeading = "%nExamples:%n",
      footer = "  webex meetings list --type meeting --state ready --limit 20")
  static final class ListMeetings extends ApiCommand {
    @Mixin private ListOptions options;

    @Option(names = "--from", paramLabel = "INSTANT", description = "Start of the window.")
    private Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "End of the window.")
    private Instant to;

    @Option(names = "--type", description = "${COMPLETION-CANDIDATES}")
    private MeetingType type;

    @Option(names = "--state", description = "${COMPLETION-CANDIDATES}")
    private MeetingState state;

    @Option(
        names = "--room",
        paramLabel = "ROOM",
        description = "Meetings of a room (id or title).")
    private String room;

    @Option(names = "--host", paramLabel = "EMAIL", description = "Host (admins).")
    private String hostEmail;

    @Override
    public Integer call() {
      MeetingListParams.Builder params = MeetingListParams.builder();
      if (from != null) {
        params.from(from);
      }
      if (to != null) {
        params.to(to);
      }
      if (type != null) {
        params.meetingType(type);
      }
      if (state != null) {
        params.state(state);
      }
      if (room != null) {
        params.roomId(lookup().roomId(room));
      }
      if (hostEmail != null) {
        params.hostEmail(hostEmail);
      }
      if (options.pageSize() != null) {
        params.pageSize(options.pageSize());
      }
      return list(webex().meetings().list(params.build()), options, COLUMNS);
    }
  }

  @Command(
      name = "get",
      description = "Show one meeting.",
      footerHeading = "%nExamples:%n",
      footer = "  webex meetings get MEETING_ID -o json")
  static final class GetMeeting extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Meeting id.")
    private String id;

    @Override
    public Integer call() {
      return show(webex().meetings().get(id));
    }
  }

  @Command(
      name = "create",
      description = "Schedule a meeting.",
      footerHeading = "%nExamples:%n",
      footer =
          "  webex meetings create --title Review --start 2026-01-05T15:00:00Z"
              + " --end 2026-01-05T16:00:00Z --agenda \"Q3 plan\" --invitee ana@example.com")
  static final class CreateMeeting extends ApiCommand {
    @Option(names = "--title", required = true, description = "Title.")
    private String title;

    @Option(names = "--start", required = true, paramLabel = "INSTANT", description = "Start.")
    private Instant start;

    @Option(names = "--end", required = true, paramLabel = "INSTANT", description = "End.")
    private Instant end;

    @Option(names = "--agenda", description = "Agenda.")
    private String agenda;

    @Option(
        names = {"--invitee", "--invitees"},
        split = ",",
        paramLabel = "EMAIL",
        description = "Invitees (repeatable or comma-separated).")
    private List<String> invitees = List.of();

    @Option(names = "--room", paramLabel = "ROOM", description = "Room (id or title) to link.")
    private String room;

    @Option(
        names = "--password",
        paramLabel = "TEXT",
        description = "Meeting password (Webex generates one if absent).")
    private String password;

    @Option(
        names = "--password-file",
        paramLabel = "PATH",
        description = "File holding the meeting password (kept out of the command line).")
    private Path passwordFile;

    @Option(
        names = "--timezone",
        paramLabel = "ZONE",
        description = "IANA time zone, e.g. Europe/Berlin (for times in emails and recurrence).")
    private String timezone;

    @Option(
        names = "--scheduled-type",
        paramLabel = "TYPE",
        description = "${COMPLETION-CANDIDATES} (default: meeting).")
    private ScheduledType scheduledType;

    @Option(
        names = "--recurrence",
        paramLabel = "RRULE",
        description = "RFC 2445 rule for a series, e.g. FREQ=WEEKLY;INTERVAL=1;COUNT=10.")
    private String recurrence;

    @Option(
        names = "--registration",
        description = "Require registration (first name, last name and email).")
    private boolean registration;

    @Option(
        names = "--auto-accept",
        description = "With --registration: approve registrants automatically.")
    private boolean autoAccept;

    @Option(names = "--send-email", description = "Let Webex email the invitees.")
    private boolean sendEmail;

    @Override
    public Integer call() {
      if (autoAccept && !registration) {
        throw new CliFailure(ExitCodes.USAGE, "--auto-accept needs --registration.");
      }
      MeetingCreateParams.Builder params =
          MeetingCreateParams.builder()
              .title(title)
              .start(start)
              .end(end)
              .agenda(agenda)
              .password(
                  SecretFile.choose(
                      localPath(null), "--password-file", "--password", password, passwordFile))
              .timezone(timezone)
              .recurrence(recurrence)
              .scheduledType(scheduledType);
      if (registration) {
        params.registration(MeetingRegistration.nameAndEmail(autoAccept));
      }
      if (sendEmail) {
        params.sendEmail(true);
      }
      invitees.forEach(params::invitee);
      if (room != null) {
        params.roomId(lookup().roomId(room));
      }
      return show(webex().meetings().create(params.build()));
    }
  }

  @Command(
      name = "update",
      description = "Change a meeting's title, agenda or times (other fields are kept).",
      footerHeading = "%nExamples:%n",
      footer =
          "  webex meetings update MEETING_ID --title \"Review (moved)\" --start 2026-01-06T15:00 --end 2026-01-06T16:00")
  static final class UpdateMeeting extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Meeting id.")
    private String id;

    @Option(names = "--title", description = "Title.")
    private String title;

    @Option(names = "--agenda", description = "Agenda.")
    private String agenda;

    @Option(names = "--start", paramLabel = "INSTANT", description = "Start.")
    private Instant start;

    @Option(names = "--end", paramLabel = "INSTANT", description = "End.")
    private Instant end;

    @Override
    public Integer call() {
      MeetingUpdateParams.Builder params = MeetingUpdateParams.builder();
      if (title != null) {
        params.title(title);
      }
      if (agenda != null) {
        params.agenda(agenda);
      }
      if (start != null) {
        params.start(start);
      }
      if (end != null) {
        params.end(end);
      }
      return show(webex().meetings().update(id, params.build()));
    }
  }

  @Command(
      name = "delete",
      description = "Cancel a scheduled meeting.",
      footerHeading = "%nExamples:%n",
      footer = "  webex meetings delete MEETING_ID")
  static final class DeleteMeeting extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Meeting id.")
    private String id;

    @Mixin private DeleteOptions notFound;

    @Override
    public Integer call() {
      return delete(notFound, "meeting", id, () -> webex().meetings().delete(id));
    }
  }

  @Command(
      name = "end",
      description = "End a running meeting for everyone (host, cohost or compliance officer).",
      footerHeading = "%nExamples:%n",
      footer = "  webex meetings end MEETING_ID --reason \"Time is up\"")
  static final class EndMeeting extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Meeting id.")
    private String id;

    @Option(names = "--reason", description = "Shown to participants.")
    private String reason;

    @Override
    public Integer call() {
      webex().meetings().end(id, reason);
      output().done("Ended meeting " + id, id, Map.of("ended", id));
      return ExitCodes.OK;
    }
  }
}
