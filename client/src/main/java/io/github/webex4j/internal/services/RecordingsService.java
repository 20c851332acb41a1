package io.github.webex4j.internal.services;

import io.github.webex4j.Page;
import io.github.webex4j.WebexIoException;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.RawResponse;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.internal.util.Checks;
import io.github.webex4j.recordings.Recording;
import io.github.webex4j.recordings.RecordingHost;
import io.github.webex4j.recordings.RecordingListParams;
import io.github.webex4j.recordings.Recordings;
import io.github.webex4j.recordings.TemporaryDownloadLinks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link Recordings} over the transport. A {@code with...} view keeps its request headers in {@link
 * #headers}; each call sends the ones its endpoint documents.
 */
public final class RecordingsService implements Recordings {
  private static final String PATH = "recordings";
  private static final String GROUP_PATH = "group/recordings";
  private static final int MAX_BULK = 100;
  private static final String TIMEZONE = "timezone";
  private static final String SITE_URL = "siteUrl";

  private final Transport transport;
  private final RequestHeaders headers;

  /**
   * @param transport the client's transport
   */
  public RecordingsService(Transport transport) {
    this(transport, RequestHeaders.none());
  }

  private RecordingsService(Transport transport, RequestHeaders headers) {
    this.transport = transport;
    this.headers = headers;
  }

  /** The transport for the lists, which document the {@code timezone} header. */
  private Transport listing() {
    return transport.withHeaders(headers.only(TIMEZONE));
  }

  @Override
  public Recordings withTimezone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new RecordingsService(transport, headers.with(TIMEZONE, zone.getId()));
  }

  @Override
  public Recordings withSiteUrl(String siteUrl) {
    Checks.notBlank(siteUrl, "siteUrl");
    return new RecordingsService(transport, headers.with(SITE_URL, siteUrl));
  }

  @Override
  public Page<Recording> list() {
    return list(RecordingListParams.none());
  }

  @Override
  public Page<Recording> list(RecordingListParams params) {
    Objects.requireNonNull(params, "params");
    Query query =
        window(params).add("meetingId", params.meetingId()).add("hostEmail", params.hostEmail());
    return listing()
        .list(PATH, filters(query, params).add("status", params.status()), Recording.class);
  }

  @Override
  public Page<Recording> listForAdmin(RecordingListParams params) {
    Objects.requireNonNull(params, "params");
    Query query = window(params).add("meetingId", params.meetingId());
    return listing()
        .list(
            "admin/recordings",
            filters(query, params).add("status", params.status()),
            Recording.class);
  }

  @Override
  public Page<Recording> listForGroup(RecordingHost host, RecordingListParams params) {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(params, "params");
    Query query = filters(window(params).add("personId", host.personId()), params);
    return listing().withHeaders(hostEmail(host)).list(GROUP_PATH, query, Recording.class);
  }

  @Override
  public Recording getForGroup(String recordingId, RecordingHost host) {
    Objects.requireNonNull(host, "host");
    String path = Paths.of(GROUP_PATH, recordingId);
    Query query = Query.create().add("personId", host.personId());
    return listing().withHeaders(hostEmail(host)).get(path, query, Recording.class);
  }

  /** The {@code hostEmail} header of the group endpoints, if the host is named by email. */
  private static Map<String, String> hostEmail(RecordingHost host) {
    return host.email() == null ? Map.of() : Map.of("hostEmail", host.email());
  }

  /** {@code max}, {@code from} and {@code to}, which every list sends first. */
  private static Query window(RecordingListParams params) {
    return Query.create()
        .add("max", params.pageSize())
        .add("from", params.from())
        .add("to", params.to());
  }

  /** The filters every list has, after its own. */
  private static Query filters(Query query, RecordingListParams params) {
    return query
        .add("siteUrl", params.siteUrl())
        .add("integrationTag", params.integrationTag())
        .add("topic", params.topic())
        .add("format", params.format())
        .add("serviceType", params.serviceType());
  }

  @Override
  public void softDelete(List<String> recordingIds, String siteUrl) {
    bulk("softDelete", "recordingIds", ids(recordingIds), siteUrl);
  }

  @Override
  public void restore(List<String> recordingIds, String siteUrl) {
    bulk("restore", "recordingIds", ids(recordingIds), siteUrl);
  }

  @Override
  public void restoreAll(String siteUrl) {
    bulk("restore", "restoreAll", true, siteUrl);
  }

  @Override
  public void purge(List<String> recordingIds, String siteUrl) {
    bulk("purge", "recordingIds", ids(recordingIds), siteUrl);
  }

  @Override
  public void purgeAll(String siteUrl) {
    bulk("purge", "purgeAll", true, siteUrl);
  }

  /**
   * {@code POST /recordings/<action>} with {@code {<field>: value, siteUrl}}; Webex answers 204.
   */
  private void bulk(String action, String field, Object value, String siteUrl) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(field, value);
    if (siteUrl != null) {
      body.put("siteUrl", siteUrl);
    }
    transport.post(Paths.of(PATH, action), body, Void.class);
  }

  private static List<String> ids(List<String> recordingIds) {
    Objects.requireNonNull(recordingIds, "recordingIds");
    if (recordingIds.isEmpty() || recordingIds.size() > MAX_BULK) {
      throw new IllegalArgumentException("recordingIds must hold 1 to " + MAX_BULK + " ids");
    }
    recordingIds.forEach(id -> Checks.notBlank(id, "recordingIds[]"));
    return List.copyOf(recordingIds);
  }

  @Override
  public Recording get(String recordingId) {
    return transport
        .withHeaders(headers.only(TIMEZONE, SITE_URL))
        .get(Paths.of(PATH, recordingId), null, Recording.class);
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
