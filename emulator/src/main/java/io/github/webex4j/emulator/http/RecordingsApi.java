package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.RecordingRenderer;
import io.github.webex4j.emulator.store.LicenseStore;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.RecordingStore.Recording;
import io.github.webex4j.emulator.store.RecordingStore.Status;
import io.github.webex4j.emulator.store.World;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /recordings}: list (newest first, {@code from}/{@code to} window of 7 days by default,
 * {@code meetingId}, {@code topic}, {@code format}, {@code serviceType}, {@code status}; max 10 /
 * 100 with {@code Link} paging), get with {@code temporaryDirectDownloadLinks} (on the {@code
 * siteUrl} header's site if given), delete. A caller sees the recordings of meetings they host;
 * admins may pass {@code hostEmail}. {@code status} picks available recordings (default), the
 * recycle bin ({@code deleted}) or, for a compliance officer with {@code meetingId}, purged ones;
 * get does not find purged recordings.
 */
public final class RecordingsApi implements ApiFamily {
  private static final Set<String> FORMATS = Set.of("MP4", "ARF");
  private static final Set<String> SERVICE_TYPES =
      Set.of("MeetingCenter", "EventCenter", "SupportCenter", "TrainingCenter");
  private static final Set<String> STATUSES = Set.of("available", "deleted", "purged");
  private final World world;

  /** Creates the family over {@code world}. */
  public RecordingsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router
        .get("/recordings", this::list)
        .get("/recordings/{recordingId}", this::get)
        .delete("/recordings/{recordingId}", this::delete);
  }

  private ZoneId zone(ApiRequest request) {
    return MeetingTimes.renderZone(request, ZoneOffset.UTC.getId());
  }

  private ApiResponse list(ApiRequest request) {
    Person host = world.meetings.hostFor(request.caller(), request.query("hostEmail"));
    ZoneId zone = zone(request);
    RecordingWindow window = RecordingWindow.of(request, zone, world.timestamps().now());
    if (!window.to().isAfter(window.from())) {
      throw ApiException.badRequest("'to' must be later than 'from'.");
    }
    String meetingId = request.query("meetingId");
    String topic = request.query("topic");
    String format = option(request, "format", FORMATS);
    String serviceType = option(request, "serviceType", SERVICE_TYPES);
    String status = option(request, "status", STATUSES);
    Paging.max(request, 10, 100);
    Status wanted =
        status == null ? Status.AVAILABLE : Status.valueOf(status.toUpperCase(Locale.ROOT));
    if (wanted == Status.PURGED && (!request.caller().complianceOfficer || meetingId == null)) {
      throw ApiException.badRequest(
          "Purged recordings are listed only for a compliance officer with 'meetingId'.");
    }
    List<Recording> matching =
        world.recordings.newestFirst().stream()
            .filter(r -> r.status == wanted && r.hostId.equals(host.id))
            .filter(r -> meetingId != null || window.contains(r.createTime))
            .filter(
                r ->
                    meetingId == null
                        || meetingId.equals(r.instance.id)
                        || meetingId.equals(r.instance.scheduledMeetingId)
                        || meetingId.equals(r.instance.series.id))
            .filter(r -> topic == null || topic.equalsIgnoreCase(r.topic))
            .filter(r -> format == null || format.equals("MP4"))
            .filter(r -> serviceType == null || serviceType.equals(r.serviceType))
            .toList();
    return Paging.respond(
        request, matching, r -> r.id, r -> RecordingRenderer.render(r, zone), 10, 100);
  }

  private static String option(ApiRequest request, String name, Set<String> allowed) {
    String value = request.query(name);
    if (value != null && !allowed.contains(value)) {
      throw ApiException.badRequest("Invalid value for parameter '" + name + "': " + value);
    }
    return value;
  }

  private Recording visible(ApiRequest request) {
    return world.recordings.visibleTo(request.caller(), request.pathParam("recordingId"));
  }

  /**
   * The documented optional {@code siteUrl} header names the site to look on: the emulator has one
   * site, so another finds nothing (404 [?], as for an id Webex does not know).
   */
  private ApiResponse get(ApiRequest request) {
    String siteUrl = request.header("siteUrl");
    if (siteUrl != null && !siteUrl.strip().equalsIgnoreCase(LicenseStore.SITE_URL)) {
      throw ApiException.notFound("Recording not found.");
    }
    Recording recording = visible(request);
    ZoneId zone = zone(request);
    ObjectNode node = RecordingRenderer.render(recording, zone);
    ObjectNode links = RecordingLinks.of(world, request, recording, zone);
    node.set("temporaryDirectDownloadLinks", links);
    return ApiResponse.ok(node);
  }

  private ApiResponse delete(ApiRequest request) {
    Recording recording = visible(request);
    if (request.rawBody().length > 0) {
      JsonBody body = request.json();
      String reason = body.optString("reason");
      String comment = body.optString("comment");
      if ((reason != null && reason.length() > 255)
          || (comment != null && comment.length() > 255)) {
        throw ApiException.badRequest("'reason' and 'comment' may hold at most 255 characters.");
      }
    }
    world.recordings.delete(recording);
    return ApiResponse.noContent();
  }
}
