package io.github.webex4j.emulator.http;

import static io.github.webex4j.emulator.http.RecordingLinks.AUDIO;
import static io.github.webex4j.emulator.http.RecordingLinks.MEDIA_PATH;
import static io.github.webex4j.emulator.http.RecordingLinks.TRANSCRIPT;
import static io.github.webex4j.emulator.http.RecordingLinks.VIDEO;
import static io.github.webex4j.emulator.http.RecordingLinks.VIDEO_PATH;

import io.github.webex4j.emulator.store.RecordingStore;
import io.github.webex4j.emulator.store.RecordingStore.Recording;
import io.github.webex4j.emulator.store.World;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The temporary direct download links of recordings ({@link RecordingLinks}), served on the
 * emulator's own origin outside {@code /v1} and without a bearer token, like Webex's site links.
 * The ticket is an HMAC over id, media and expiry ({@link RecordingStore#ticket}); a wrong ticket
 * or an expiry passed on the emulator clock gives 403, an unknown or deleted recording 404. Bodies
 * are deterministic bytes: the MP4 has exactly {@code sizeBytes} bytes.
 */
public final class RecordingDownloadsApi implements ApiFamily {
  private final World world;

  /** Creates the family over {@code world}. */
  public RecordingDownloadsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    for (String method : new String[] {"GET", "HEAD"}) {
      router
          .anonymous(method, VIDEO_PATH, r -> download(r, VIDEO))
          .anonymous(method, MEDIA_PATH, r -> download(r, mediaType(r)));
    }
  }

  private static int mediaType(ApiRequest request) {
    String value = request.requiredQuery("mediaType");
    if (value.equals("1")) {
      return AUDIO;
    }
    if (value.equals("2")) {
      return TRANSCRIPT;
    }
    throw ApiException.badRequest("Invalid value for parameter 'mediaType': " + value);
  }

  private ApiResponse download(ApiRequest request, int media) {
    String recordId = request.requiredQuery("recordid");
    long expires;
    try {
      expires = Long.parseLong(request.requiredQuery("expires"));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid value for parameter 'expires'.");
    }
    Recording recording =
        world.recordings.redeem(recordId, media, expires, request.requiredQuery("ticket"));
    String name = fileName(recording.topic);
    ApiResponse response =
        switch (media) {
          case VIDEO -> ApiResponse.bytes(200, "video/mp4", mp4(recording));
          case AUDIO ->
              ApiResponse.bytes(
                  200, "audio/mp4", noise(recording.id + "/audio", recording.sizeBytes / 10));
          default ->
              ApiResponse.bytes(
                  200,
                  "text/vtt;charset=UTF-8",
                  transcript(recording).getBytes(StandardCharsets.UTF_8));
        };
    String extension = media == VIDEO ? ".mp4" : media == AUDIO ? ".m4a" : ".vtt";
    return response.header(
        "Content-Disposition", "attachment; filename=\"" + name + extension + "\"");
  }

  /** Exactly {@code sizeBytes} bytes: an MP4 {@code ftyp} box, then seeded noise. */
  private static byte[] mp4(Recording recording) {
    byte[] bytes = noise(recording.id, recording.sizeBytes);
    byte[] ftyp = {
      0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's',
      'o', 'm'
    };
    System.arraycopy(ftyp, 0, bytes, 0, Math.min(ftyp.length, bytes.length));
    return bytes;
  }

  private static byte[] noise(String seed, long size) {
    if (size > Integer.MAX_VALUE - 8) {
      throw ApiException.badRequest("The recording is too large for the emulator to serve.");
    }
    byte[] bytes = new byte[(int) size];
    new SplittableRandom(seed.hashCode()).nextBytes(bytes);
    return bytes;
  }

  private static String transcript(Recording recording) {
    return "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nTranscript of " + recording.topic + "\n";
  }

  /** The topic reduced to characters that are safe in a quoted header parameter. */
  private static String fileName(String topic) {
    String name = topic == null ? "" : topic.replaceAll("[^A-Za-z0-9 ._-]", "_").trim();
    return name.isEmpty() ? "recording" : name;
  }
}
