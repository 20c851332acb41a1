package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.render.MeetingRenderer;
import io.github.webex4j.emulator.store.MeetingStore.Found;
import io.github.webex4j.emulator.store.MeetingStore.Occurrence;
import io.github.webex4j.emulator.store.MeetingStore.Series;
import io.github.webex4j.emulator.store.World;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /admin/meetings} and {@code GET /admin/meetings/{meetingId}}: any host's meetings for
 * an admin, in the meetings' own shape without the sensitive fields the document lists ({@code
 * agenda}, {@code hostKey}, {@code password}, {@code phoneAndVideoSystemPassword}, {@code
 * panelistPassword}, {@code phoneAndVideoSystemPanelistPassword}, {@code webLink}, {@code
 * sipAddress}, {@code dialInIpAddress}, {@code registration}, {@code telephony.accessCode}). The
 * list finds series by {@code meetingNumber} or {@code webLink}; with {@code current} (default
 * true) it shows a series' ready or next scheduled meeting instead. [?] Without either filter the
 * document does not say what happens; the emulator answers 400.
 */
public final class AdminMeetingsApi implements ApiFamily {
  private static final List<String> HIDDEN =
      List.of(
          "agenda",
          "hostKey",
          "password",
          "phoneAndVideoSystemPassword",
          "panelistPassword",
          "phoneAndVideoSystemPanelistPassword",
          "webLink",
          "sipAddress",
          "dialInIpAddress",
          "registration");

  private final World world;
  private final MeetingRenderer meetings;

  /** Serves the admin meeting views of {@code world}. */
  public AdminMeetingsApi(World world) {
    this.world = world;
    this.meetings = new MeetingRenderer(world);
  }

  @Override
  public void register(Router router) {
    router.get("/admin/meetings", this::list).get("/admin/meetings/{meetingId}", this::get);
  }

  private static void requireAdmin(ApiRequest request) {
    if (!request.caller().isAdmin()) {
      throw ApiException.forbidden("Only an administrator may use the admin meetings API.");
    }
  }

  private ApiResponse list(ApiRequest request) {
    requireAdmin(request);
    String meetingNumber = request.query("meetingNumber");
    String webLink = request.query("webLink");
    if ((meetingNumber == null) == (webLink == null)) {
      throw ApiException.badRequest("Exactly one of 'meetingNumber' and 'webLink' is required.");
    }
    boolean current = !Boolean.FALSE.equals(request.booleanQuery("current"));
    List<Series> matching =
        world.meetings.allSeries().stream()
            .filter(s -> !s.adhoc)
            .filter(s -> meetingNumber == null || meetingNumber.equals(s.meetingNumber))
            .filter(s -> webLink == null || webLink.equals(s.webLink))
            .sorted(Comparator.comparing((Series s) -> s.start).thenComparing(s -> s.id))
            .toList();
    Paging.max(request, 10, 100);
    return Paging.respond(
        request, matching, s -> s.id, s -> hide(listed(request, s, current)), 10, 100);
  }

  private ObjectNode listed(ApiRequest request, Series s, boolean current) {
    ZoneId zone = MeetingTimes.renderZone(request, s.timezone);
    Occurrence next = current ? world.meetings.current(s) : null;
    return next != null ? meetings.occurrence(next, zone) : meetings.series(s, zone, false);
  }

  private ApiResponse get(ApiRequest request) {
    requireAdmin(request);
    Found found = world.meetings.visibleTo(request.caller(), request.pathParam("meetingId"));
    boolean current = Boolean.TRUE.equals(request.booleanQuery("current"));
    ZoneId zone = MeetingTimes.renderZone(request, found.series().timezone);
    return ApiResponse.ok(hide(meetings.found(found, zone, current)));
  }

  /**
   * The admin shape: sensitive fields removed, and {@code meetingSeriesId} always present (the
   * admin schema requires it; [?] for a series it is taken to be the series' own id).
   */
  private static ObjectNode hide(ObjectNode node) {
    node.remove(HIDDEN);
    if (!node.has("meetingSeriesId")) {
      node.put("meetingSeriesId", node.path("id").asText());
    }
    JsonNode telephony = node.get("telephony");
    if (telephony instanceof ObjectNode t) {
      t.remove("accessCode");
    }
    return node;
  }
}
