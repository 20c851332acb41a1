package io.github.webex4j.events;

import io.github.webex4j.internal.util.Extras;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
 * @param extra properties Webex sent that this record does not declare (maps, lists, strings,
 *     numbers, booleans or null), kept so that nothing is dropped; immutable, never null
 */
public record Event(
    @Nullable String id,
    @Nullable EventResource resource,
    @Nullable EventType type,
    @Nullable String appId,
    @Nullable String actorId,
    @Nullable String orgId,
    @Nullable Instant created,
    Map<String, @Nullable Object> data,
    Map<String, @Nullable Object> extra) {

  /** Replaces absent data with an empty map. */
  public Event {
    extra = Extras.copyOf(extra);
    data = data == null ? Map.of() : data;
  }

  /** A value without {@linkplain #extra() extra} properties. */
  public Event(
      @Nullable String id,
      @Nullable EventResource resource,
      @Nullable EventType type,
      @Nullable String appId,
      @Nullable String actorId,
      @Nullable String orgId,
      @Nullable Instant created,
      Map<String, @Nullable Object> data) {
    this(id, resource, type, appId, actorId, orgId, created, data, Map.of());
  }
}
