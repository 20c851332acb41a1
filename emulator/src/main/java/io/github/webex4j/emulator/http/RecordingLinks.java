package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.Json;
import io.github.webex4j.emulator.store.RecordingStore;
import io.github.webex4j.emulator.store.RecordingStore.Recording;
import io.github.webex4j.emulator.store.World;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The temporary direct download links of a recording, which {@link RecordingDownloadsApi} serves:
 * {@code /nbr/MultiThreadDownloadServlet?recordid=&expires=&ticket=} (the MP4) and {@code
 * /nbr/downloadMedia.do?...&mediaType=1} (audio) or {@code 2} (transcript), each signed with a
 * ticket over id, media and expiry ({@link RecordingStore#ticket}).
 */
final class RecordingLinks {
  static final String VIDEO_PATH = "/nbr/MultiThreadDownloadServlet";
  static final String MEDIA_PATH = "/nbr/downloadMedia.do";
  static final int VIDEO = 0;
  static final int AUDIO = 1;
  static final int TRANSCRIPT = 2;

  private RecordingLinks() {}

  /**
   * The {@code temporaryDirectDownloadLinks} object for {@code recording}, on the origin the client
   * addressed, valid for {@link RecordingStore#LINK_LIFETIME} from now.
   */
  static ObjectNode of(World world, ApiRequest request, Recording recording, ZoneId zone) {
    String origin = request.baseUrl().substring(0, request.baseUrl().length() - "/v1".length());
    Instant expires = world.timestamps().now().plus(RecordingStore.LINK_LIFETIME);
    ObjectNode links = Json.object();
    links.put("recordingDownloadLink", link(world, origin + VIDEO_PATH, recording, VIDEO, expires));
    links.put("audioDownloadLink", link(world, origin + MEDIA_PATH, recording, AUDIO, expires));
    links.put(
        "transcriptDownloadLink", link(world, origin + MEDIA_PATH, recording, TRANSCRIPT, expires));
    links.put("expiration", MeetingTimes.time(expires, zone));
    return links;
  }

  private static String link(
      World world, String url, Recording recording, int media, Instant expires) {
    long ms = expires.toEpochMilli();
    return url
        + "?recordid="
        + recording.id
        + (media == VIDEO ? "" : "&mediaType=" + media)
        + "&expires="
        + ms
        + "&ticket="
        + world.recordings.ticket(recording.id, media, ms);
  }
}
