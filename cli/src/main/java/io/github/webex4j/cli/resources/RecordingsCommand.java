package io.github.webex4j.cli.resources;

import io.github.webex4j.cli.ApiCommand;
import io.github.webex4j.cli.CommandGroup;
import io.github.webex4j.cli.DeleteOptions;
import io.github.webex4j.cli.ListOptions;
import io.github.webex4j.cli.SavedFile;
import io.github.webex4j.messages.FileDownload;
import io.github.webex4j.recordings.Recording;
import io.github.webex4j.recordings.RecordingListParams;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code webex recordings list|get|delete|download}. */
@Command(
    name = "recordings",
    description = "Meeting recordings (/recordings).",
    footerHeading = "%nExamples:%n",
    footer = "  webex recordings list --meeting MEETING_ID")
public final class RecordingsCommand extends ApiCommand implements CommandGroup {

  static final List<String> COLUMNS =
      List.of("id", "topic", "timeRecorded", "durationSeconds", "format", "status");

  /** The subcommands, in the order help lists them. */
  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        RecordingsCommand.ListRecordings.class,
        RecordingsCommand.GetRecording.class,
        RecordingsCommand.DeleteRecording.class,
        RecordingsCommand.Download.class);
  }

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

    @Mixin private DeleteOptions notFound;

    @Override
    public Integer call() {
      return delete(notFound, "recording", id, () -> webex().recordings().delete(id));
    }
  }

  @Command(
      name = "download",
      description = {
        "Save a recording's file, streamed (your token is not sent to the download host).",
        "Fails with exit code 2 if the recording has no download link (downloads prevented)."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  webex recordings download RECORDING_ID --to recordings/",
        "  webex recordings download RECORDING_ID --to standup.mp4 --force"
      })
  static final class Download extends ApiCommand {
    @Parameters(paramLabel = "ID", description = "Recording id.")
    private String id;

    @Option(
        names = "--to",
        paramLabel = "DIR/|FILE",
        description =
            "A directory (DIR/ or an existing one, created if its parent exists; the file is"
                + " named after the topic and format) or a file path. Default: the current"
                + " directory.")
    private String to;

    @Option(names = "--force", description = "Replace a file that already exists.")
    private boolean force;

    @Override
    public Integer call() {
      output().requireNotId("webex recordings download");
      DownloadTarget target = DownloadTarget.of(localPath(null), to, 1, force);
      Recording recording = webex().recordings().get(id);
      FileDownload download =
          new FileDownload(
              fileName(recording), null, -1, webex().recordings().openDownload(recording));
      return show(SavedFile.of(target.write(download))); // write closes the stream
    }

    /** The topic as a safe file name, with the format as extension. */
    static String fileName(Recording recording) {
      String topic = recording.topic() == null ? "" : recording.topic();
      String base = topic.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
      if (base.isEmpty() || base.startsWith(".")) {
        base = "recording-" + recording.id().replaceAll("[^A-Za-z0-9_-]", "_");
      }
      String extension =
          recording.format() == null || recording.format().name().equals("UNKNOWN")
              ? "mp4"
              : recording.format().name().toLowerCase(Locale.ROOT);
      return base + "." + extension;
    }
  }
}
