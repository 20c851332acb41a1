package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.recordings.RecordingListParams;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex recordings list|get|delete}. */
@Command(
    name = "recordings",
    description = "Meeting recordings (/recordings).",
    footerHeading = "%nExamples:%n",
    footer = "  webex recordings list --meeting MEETING_ID",
    subcommands = {
      RecordingsCommand.ListRecordings.class,
      RecordingsCommand.GetRecording.class,
      RecordingsCommand.DeleteRecording.class
    })
public final class RecordingsCommand extends ApiCommand {
  static final List<String> COLUMNS =
      List.of("id", "topic", "timeRecorded", "durationSeconds", "format", "status");

  @Command(
      name = "list",
      description = "List recordings, all pages.",
      footerHeading = "%nExamples:%n",
      footer = "  webex recordings list --from 2026-01-01T00:00:00Z --limit 10 -o json")
  static final class ListRecordings extends ApiCommand {
    @Mixin private ListOptions options;

    @Option(names = "--meeting", paramLabel = "ID", description = "Recordings of one meeting.")
    private String meetingId;

    @Option(names = "--from", paramLabel = "INSTANT", description = "Start of the window.")
    private Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "End of the window.")
    private Instant to;

    @Option(names = "--topic", description = "Topic.")
    private String topic;

    @Override
    public Integer call() {
      RecordingListParams params =
          new RecordingListParams(
              options.pageSize(), from, to, meetingId, null, null, null, topic, null, null, null);
      return list(webex().recordings().list(params), options, COLUMNS);
    }
  }

  @Command(
      name = "get",
      description = "Show one recording (with temporary download links).",
      footerHeading = "%nExamples:%n",
      footer = "  webex recordings get RECORDING_ID -o json")
  static final class GetRecording extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Recording id.")
    private String id;

    @Override
    public Integer call() {
      return show(webex().recordings().get(id));
    }
  }

  @Command(
      name = "delete",
      description = "Move a recording to the recycle bin.",
      footerHeading = "%nExamples:%n",
      footer = "  webex recordings delete RECORDING_ID")
  static final class DeleteRecording extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Recording id.")
    private String id;

    @Override
    public Integer call() {
      webex().recordings().delete(id);
      return deleted("recording", id);
    }
  }
}
