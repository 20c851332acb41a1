package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.RecordingRenderer;
import io.github.webex4j.emulator.store.LicenseStore;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.RecordingStore.Recording;
import io.github.webex4j.emulator.store.RecordingStore.Status;
import io.github.webex4j.emulator.store.World;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /group/recordings} and {@code GET /group/recordings/{recordingId}}: one host's
 * available recordings, named by the {@code personId} query (base64 id or raw UUID) or the {@code
 * hostEmail} header. The window defaults to the last 7 days and may span at most 30; {@code
 * siteUrl}, {@code topic}, {@code format} and {@code serviceType} filter; max 10 / 100.
 *
 * <p>[?] The emulator has no service apps: an admin stands in for one with group recording access.
 * When both {@code personId} and {@code hostEmail} are given they must name the same person (400
 * otherwise; the document does not say).
 */
public final class GroupRecordingsApi implements ApiFamily {
  private static final Duration MAX_WINDOW = Duration.ofDays(30);
  private static final Set<String> FORMATS = Set.of("MP4", "ARF");
  private static final Set<String> SERVICE_TYPES =
      Set.of("MeetingCenter", "EventCenter", "SupportCenter", "TrainingCenter");

  private final World world;

  /** Serves the group recordings of {@code world}. */
  public GroupRecordingsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router.get("/group/recordings", this::list).get("/group/recordings/{recordingId}", this::get);
  }

  /** The host the request names; 403 for a caller without group access, 400 for no host. */
  private Person host(ApiRequest request) {
    if (!request.caller().isAdmin()) {
      throw ApiException.forbidden("The caller has no group recording access.");
    }
    String personId = request.query("personId");
    String hostEmail = request.header("hostEmail");
    if (personId == null && hostEmail == null) {
      throw ApiException.badRequest("One of 'personId' and the 'hostEmail' header is required.");
    }
    Person byId = personId == null ? null : byIdOrUuid(personId);
    Person byEmail =
        hostEmail == null
            ? null
            : world
                .people
                .findByEmail(hostEmail)
                .orElseThrow(
                    () -> ApiException.badRequest("Invalid value for 'hostEmail': " + hostEmail));
    if (byId != null && byEmail != null && byId != byEmail) {
      throw ApiException.badRequest("'personId' and 'hostEmail' name different people.");
    }
    return byId != null ? byId : byEmail;
  }

  private Person byIdOrUuid(String personId) {
    return world
        .people
        .find(personId)
        .or(() -> world.people.all().stream().filter(p -> p.uuid.equals(personId)).findFirst())
        .orElseThrow(() -> ApiException.badRequest("Invalid value for 'personId': " + personId));
  }

  private ApiResponse list(ApiRequest request) {
    Person host = host(request);
    ZoneId zone = MeetingTimes.renderZone(request, ZoneOffset.UTC.getId());
    RecordingWindow window =
        RecordingWindow.of(request, zone, world.timestamps().now()).within(MAX_WINDOW);
    String siteUrl = request.query("siteUrl");
    String topic = request.query("topic");
    String format = option(request, "format", FORMATS);
    String serviceType = option(request, "serviceType", SERVICE_TYPES);
    Paging.max(request, 10, 100);
    List<Recording> matching =
        world.recordings.newestFirst().stream()
            .filter(r -> r.status == Status.AVAILABLE && r.hostId.equals(host.id))
            .filter(r -> window.contains(r.createTime))
            .filter(r -> siteUrl == null || siteUrl.equalsIgnoreCase(LicenseStore.SITE_URL))
            .filter(r -> topic == null || topic.equalsIgnoreCase(r.topic))
            .filter(r -> format == null || format.equals("MP4"))
            .filter(r -> serviceType == null || serviceType.equals(r.serviceType))
            .toList();
    return Paging.respond(
        request, matching, r -> r.id, r -> RecordingRenderer.render(r, zone), 10, 100);
  }

  private ApiResponse get(ApiRequest request) {
    Person host = host(request);
    Recording recording =
        world
            .recordings
            .find(request.pathParam("recordingId"))
            .filter(r -> r.status == Status.AVAILABLE && r.hostId.equals(host.id))
            .orElseThrow(() -> ApiException.notFound("Recording not found."));
    ZoneId zone = MeetingTimes.renderZone(request, ZoneOffset.UTC.getId());
    ObjectNode node = RecordingRenderer.render(recording, zone);
    node.set("temporaryDirectDownloadLinks", RecordingLinks.of(world, request, recording, zone));
    return ApiResponse.ok(node);
  }

  private static String option(ApiRequest request, String name, Set<String> allowed) {
    String value = request.query(name);
    if (value != null && !allowed.contains(value)) {
      throw ApiException.badRequest("Invalid value for parameter '" + name + "': " + value);
    }
    return value;
  }
}
