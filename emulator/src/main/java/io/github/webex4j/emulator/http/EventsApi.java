package io.github.webex4j.emulator.http;

import io.github.webex4j.emulator.render.EventRecordRenderer;
import io.github.webex4j.emulator.store.EventRecord;
import io.github.webex4j.emulator.store.EventStore;
import io.github.webex4j.emulator.store.World;
import java.time.Instant;
import java.util.List;

/**
 * {@code /events} (compliance officers): message, membership, meeting and recording activity,
 * newest first. {@code serviceType} takes only the documented {@code calling}, which keeps the
 * events whose {@code data.serviceType} is {@code calling} (no emulated recording is) [?].
 */
public final class EventsApi implements ApiFamily {
  private final World world;

  /** Creates the family over {@code world}. */
  public EventsApi(World world) {
    this.world = world;
  }

  @Override
  public void register(Router router) {
    router.get("/events", this::list).get("/events/{eventId}", this::get);
  }

  private ApiResponse list(ApiRequest request) {
    Access.requireComplianceOfficer(request.caller());
    String resource = request.query("resource");
    String type = request.query("type");
    String actorId = request.query("actorId");
    Instant from = request.instantQuery("from");
    Instant to = request.instantQuery("to");
    String serviceType = request.query("serviceType");
    if (type != null && !EventStore.TYPES.contains(type)) {
      throw ApiException.badRequest("Invalid value for parameter 'type': " + type);
    }
    if (serviceType != null && !serviceType.equals("calling")) {
      throw ApiException.badRequest("Invalid value for parameter 'serviceType': " + serviceType);
    }
    List<EventRecord> result =
        world.events.newestFirst().stream()
            .filter(e -> resource == null || resource.equals(e.resource()))
            .filter(e -> type == null || type.equals(e.event().type()))
            .filter(
                e ->
                    serviceType == null
                        || serviceType.equals(e.event().fullData().path("serviceType").asText()))
            .filter(e -> actorId == null || actorId.equals(e.event().actorId()))
            .filter(e -> from == null || !e.event().created().isBefore(from))
            .filter(e -> to == null || e.event().created().isBefore(to))
            .toList();
    return Paging.respond(request, result, EventRecord::id, EventRecordRenderer::render, 100, 1000);
  }

  private ApiResponse get(ApiRequest request) {
    Access.requireComplianceOfficer(request.caller());
    EventRecord record =
        world
            .events
            .find(request.pathParam("eventId"))
            .orElseThrow(() -> ApiException.notFound("Could not find an event with this ID."));
    return ApiResponse.ok(EventRecordRenderer.render(record));
  }
}
