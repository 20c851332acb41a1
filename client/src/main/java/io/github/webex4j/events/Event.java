package io.github.webex4j.events;

import java.time.Instant;
import java.util.Map;

/**
 * A compliance event. Unlike webhooks, {@code data} carries the resource's content (e.g. message
 * text).
 *
 * @param id opaque event id
 * @param resource the kind of resource
 * @param type what happened
 * @param appId the application involved, null if none
 * @param actorId who did it
 * @param orgId the organization
 * @param created when it happened
 * @param data the resource's representation (free-form JSON), empty if absent
 */
public record Event(
    String id,
    EventResource resource,
    EventType type,
    String appId,
    String actorId,
    String orgId,
    Instant created,
    Map<String, Object> data) {

  /** Replaces absent data with an empty map. */
  public Event {
    data = data == null ? Map.of() : data;
  }
}
