package io.github.webex4j.recordings;

import io.github.webex4j.Page;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code /recordings} resource: recordings the caller hosted or that were shared with them.
 * Obtain it from {@code WebexClient.recordings()}. All methods perform network I/O, are
 * thread-safe, and throw {@link io.github.webex4j.WebexException} subclasses on failure ({@link
 * io.github.webex4j.NotFoundException} for an unknown or invisible recording).
 */
public interface Recordings {

  /** One page of the caller's available recordings of the last 7 days, newest first. */
  Page<Recording> list();

  /**
   * One page of recordings ({@code Link} paging), newest first; {@code autoPager()} streams all.
   *
   * @param params non-null query
   */
  Page<Recording> list(RecordingListParams params);

  /**
   * One page of the organization's recordings for an admin or compliance officer ({@code GET
   * /admin/recordings}), with {@link Recording#hostEmail()} and {@link
   * Recording#hostDisplayName()}; the {@code from}–{@code to} window may span at most 30 days.
   * {@code hostEmail} of the params is not sent (the endpoint has no such filter).
   *
   * @param params non-null query
   */
  Page<Recording> listForAdmin(RecordingListParams params);

  /**
   * One page of a host's recordings for a service app with group recording access ({@code GET
   * /group/recordings}), newest first; only available recordings the host did not get shared.
   * {@code meetingId}, {@code hostEmail} and {@code status} of the params are not sent (the
   * endpoint has no such filters); without {@code siteUrl} Webex lists every site of the app.
   *
   * @param host non-null person whose recordings to list
   * @param params non-null query
   */
  Page<Recording> listForGroup(RecordingHost host, RecordingListParams params);

  /**
   * A host's recording for a service app with group recording access ({@code GET
   * /group/recordings/{recordingId}}), with its {@link Recording#temporaryDirectDownloadLinks()}.
   *
   * @param recordingId non-blank recording id
   * @param host non-null person who hosted it
   * @throws IllegalArgumentException if the id is blank, before any request
   */
  Recording getForGroup(String recordingId, RecordingHost host);

  /**
   * A view of this resource whose list and get requests (admin and group ones too) carry the {@code
   * timezone} header, so Webex renders times in {@code zone}; the decoded {@link
   * java.time.Instant}s name the same moments whatever the zone. This resource is not modified.
   *
   * @param zone non-null IANA zone, sent by its id (e.g. {@code Europe/Berlin})
   */
  Recordings withTimezone(ZoneId zone);

  /**
   * A view of this resource whose {@link #get(String)} (and so {@link #download}) carries the
   * {@code siteUrl} header: Webex then reads the recording from that site instead of the one its id
   * implies. Lists take the site from {@link RecordingListParams#siteUrl()}. This resource is not
   * modified.
   *
   * @param siteUrl non-blank Webex site, e.g. {@code example.webex.com}
   * @throws IllegalArgumentException if {@code siteUrl} is blank
   */
  Recordings withSiteUrl(String siteUrl);

  /**
   * Moves recordings to the recycle bin ({@code POST /recordings/softDelete}).
   *
   * @param recordingIds 1 to 100 non-blank recording ids
   * @param siteUrl the Webex site of the recordings, may be null
   * @throws IllegalArgumentException for an empty, too long or blank-holding list, before any
   *     request
   */
  void softDelete(List<String> recordingIds, @Nullable String siteUrl);

  /**
   * Restores recordings from the recycle bin ({@code POST /recordings/restore}).
   *
   * @param recordingIds 1 to 100 non-blank recording ids
   * @param siteUrl the Webex site of the recordings, may be null
   */
  void restore(List<String> recordingIds, @Nullable String siteUrl);

  /**
   * Restores every recording in the caller's recycle bin ({@code restoreAll}).
   *
   * @param siteUrl the Webex site, may be null
   */
  void restoreAll(@Nullable String siteUrl);

  /**
   * Purges recordings from the recycle bin for good ({@code POST /recordings/purge}).
   *
   * @param recordingIds 1 to 100 non-blank recording ids
   * @param siteUrl the Webex site of the recordings, may be null
   */
  void purge(List<String> recordingIds, @Nullable String siteUrl);

  /**
   * Purges every recording in the caller's recycle bin ({@code purgeAll}).
   *
   * @param siteUrl the Webex site, may be null
   */
  void purgeAll(@Nullable String siteUrl);

  /**
   * A recording with its {@link Recording#temporaryDirectDownloadLinks()} (valid about 3 hours).
   *
   * @param recordingId non-blank recording id
   * @throws IllegalArgumentException if the id is blank, before any request
   */
  Recording get(String recordingId);

  /**
   * Deletes a recording permanently (the host's own recordings).
   *
   * @param recordingId non-blank recording id
   */
  void delete(String recordingId);

  /**
   * Fetches the recording's details and streams its file to {@code target} (written to a temporary
   * file in the same directory first, then moved into place, replacing an existing file). Memory
   * use does not grow with the file size.
   *
   * @param recordingId non-blank recording id
   * @param target file to write; its directory must exist
   * @return {@code target}
   * @throws IllegalStateException if Webex gives no {@code recordingDownloadLink} (e.g. downloads
   *     are prevented for this recording)
   * @throws io.github.webex4j.WebexIoException if writing the file fails
   */
  Path download(String recordingId, Path target);

  /**
   * Opens the file of a recording obtained from {@link #get(String)} (its links must not have
   * expired). The caller must close the stream.
   *
   * @param recording a recording with {@code temporaryDirectDownloadLinks}
   * @throws IllegalStateException if the recording has no {@code recordingDownloadLink}
   */
  InputStream openDownload(Recording recording);
}
