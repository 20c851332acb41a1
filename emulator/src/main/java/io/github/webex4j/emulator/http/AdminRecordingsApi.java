package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.RecordingRenderer;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.RecordingStore.Recording;
import io.github.webex4j.emulator.store.RecordingStore.Status;
import io.github.webex4j.emulator.store.World;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code GET /admin/recordings}: every recording of the organization for an admin or compliance
 * officer, in the {@code RecordingObjectForAdminAndCO} shape (with {@code hostEmail} and {@code
 * hostDisplayName}, without {@code password} and {@code shareToMe}). The window defaults to the
 * last 7 days and may span at most 30. Only available recordings are listed. [?] Filters other than
 * {@code from}, {@code to}, {@code meetingId} and {@code topic} are accepted and not applied.
 */
public final class AdminRecordingsApi implements ApiFamily {
  private static final Duration MAX_WINDOW = Duration.ofDays(30);

  private final World world;

  /** Serves the admin recordings list of {@code world}. */
  public AdminRecordingsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router.get("/admin/recordings", this::list);
  }

  private ApiResponse list(ApiRequest request) {
    Person caller = request.caller();
    if (!caller.isAdmin() && !caller.complianceOfficer) {
      throw ApiException.forbidden("Only an admin or a compliance officer may list recordings.");
    }
    ZoneId zone = MeetingTimes.renderZone(request, ZoneOffset.UTC.getId());
    RecordingWindow window =
        RecordingWindow.of(request, zone, world.timestamps().now()).within(MAX_WINDOW);
    String meetingId = request.query("meetingId");
    String topic = request.query("topic");
    Paging.max(request, 10, 100);
    List<Recording> matching =
        world.recordings.newestFirst().stream()
            .filter(r -> window.contains(r.createTime))
            .filter(
                r ->
                    meetingId == null
                        || meetingId.equals(r.instance.id)
                        || meetingId.equals(r.instance.series.id))
            .filter(r -> topic == null || topic.equalsIgnoreCase(r.topic))
            .filter(r -> r.status == Status.AVAILABLE)
            .toList();
    return Paging.respond(request, matching, r -> r.id, r -> render(r, zone), 10, 100);
  }

  private ObjectNode render(Recording recording, ZoneId zone) {
    ObjectNode node = RecordingRenderer.render(recording, zone);
    node.remove("password");
    node.remove("shareToMe");
    world
        .people
        .find(recording.hostId)
        .ifPresent(
            host -> {
              node.put("hostEmail", host.email);
              node.put("hostDisplayName", host.displayName);
            });
    return node;
  }
}
