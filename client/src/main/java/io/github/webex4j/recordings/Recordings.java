package io.github.webex4j.recordings;

import io.github.webex4j.Page;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

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
   * Moves recordings to the recycle bin ({@code POST /recordings/softDelete}).
   *
   * @param recordingIds 1 to 100 non-blank recording ids
   * @param siteUrl the Webex site of the recordings, may be null
   * @throws IllegalArgumentException for an empty, too long or blank-holding list, before any
   *     request
   */
  void softDelete(List<String> recordingIds, String siteUrl);

  /**
   * Restores recordings from the recycle bin ({@code POST /recordings/restore}).
   *
   * @param recordingIds 1 to 100 non-blank recording ids
   * @param siteUrl the Webex site of the recordings, may be null
   */
  void restore(List<String> recordingIds, String siteUrl);

  /**
   * Restores every recording in the caller's recycle bin ({@code restoreAll}).
   *
   * @param siteUrl the Webex site, may be null
   */
  void restoreAll(String siteUrl);

  /**
   * Purges recordings from the recycle bin for good ({@code POST /recordings/purge}).
   *
   * @param recordingIds 1 to 100 non-blank recording ids
   * @param siteUrl the Webex site of the recordings, may be null
   */
  void purge(List<String> recordingIds, String siteUrl);

  /**
   * Purges every recording in the caller's recycle bin ({@code purgeAll}).
   *
   * @param siteUrl the Webex site, may be null
   */
  void purgeAll(String siteUrl);

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
