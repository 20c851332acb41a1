package io.github.webex4j.internal.services;

import io.github.webex4j.Page;
import io.github.webex4j.WebexIoException;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.RawResponse;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.recordings.Recording;
import io.github.webex4j.recordings.RecordingListParams;
import io.github.webex4j.recordings.Recordings;
import io.github.webex4j.recordings.TemporaryDownloadLinks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/** {@link Recordings} over the transport. */
public final class RecordingsService implements Recordings {
  private static final String PATH = "recordings";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public RecordingsService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public Page<Recording> list() {
    return list(RecordingListParams.none());
  }

  @Override
  public Page<Recording> list(RecordingListParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        Query.create()
            .add("max", params.pageSize())
            .add("from", params.from())
            .add("to", params.to())
            .add("meetingId", params.meetingId())
            .add("hostEmail", params.hostEmail())
            .add("siteUrl", params.siteUrl())
            .add("integrationTag", params.integrationTag())
            .add("topic", params.topic())
            .add("format", params.format())
            .add("serviceType", params.serviceType())
            .add("status", params.status());
    return transport.list(PATH, query, Recording.class);
  }

  @Override
  public Recording get(String recordingId) {
    return transport.get(Paths.of(PATH, recordingId), null, Recording.class);
  }

  @Override
  public void delete(String recordingId) {
    transport.delete(Paths.of(PATH, recordingId));
  }

  @Override
  public Path download(String recordingId, Path target) {
    Objects.requireNonNull(target, "target");
    Recording recording = get(recordingId);
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path partial = null;
    try (InputStream in = openDownload(recording)) {
      partial = Files.createTempFile(directory, absolute.getFileName().toString(), ".part");
      Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new WebexIoException("Downloading recording " + recordingId + " failed: " + e, e);
    } catch (RuntimeException e) {
      deleteQuietly(partial);
      throw e;
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // Best effort: the original failure matters more than a leftover .part file.
    }
  }

  @Override
  public InputStream openDownload(Recording recording) {
    Objects.requireNonNull(recording, "recording");
    TemporaryDownloadLinks links = recording.temporaryDirectDownloadLinks();
    String link = links == null ? null : links.recordingDownloadLink();
    if (link == null || link.isBlank()) {
      throw new IllegalStateException(
          "Recording " + recording.id() + " has no recordingDownloadLink (downloads prevented?)");
    }
    // The link is absolute and on the site's host: the transport sends no token there.
    RawResponse response = transport.download(link);
    return response.body();
  }
}
