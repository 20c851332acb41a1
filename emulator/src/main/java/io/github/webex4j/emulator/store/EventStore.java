package io.github.webex4j.emulator.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The compliance event log: messages and memberships (created, updated, deleted), meetings
 * (created, updated, deleted, ended) and recordings (created). Keeps the latest {@value #CAPACITY}
 * events so bulk runs do not exhaust memory. Types outside the documented {@code /events} enum
 * (meetings {@code started}) are not logged [?].
 *
 * <p>The {@code /events} resource enum has {@code meetings} but no {@code recordings}; recordings
 * are logged as {@code convergedRecordings} [?], the enum's recordings resource (documented for
 * Webex Calling recordings with {@code serviceType=calling}).
 */
public final class EventStore implements Store {
  /** How many events are kept; older ones are dropped. */
  public static final int CAPACITY = 20_000;

  private static final Map<String, String> RESOURCE_BY_WEBHOOK_RESOURCE =
      Map.of(
          "messages", "messages",
          "memberships", "memberships",
          "meetings", "meetings",
          "recordings", "convergedRecordings");

  /** The documented {@code /events} types. */
  public static final Set<String> TYPES = Set.of("created", "updated", "deleted", "ended");

  private final World world;
  private final Map<String, EventRecord> byId = new LinkedHashMap<>();

  EventStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
  }

  /** Records {@code event} when its resource is one the emulator logs. */
  public void record(DomainEvent event) {
    String resource = RESOURCE_BY_WEBHOOK_RESOURCE.get(event.resource());
    if (resource != null && TYPES.contains(event.type())) {
      EventRecord record =
          new EventRecord(world.ids().next("EVENT"), world.orgId(), resource, event);
      byId.put(record.id(), record);
      if (byId.size() > CAPACITY) {
        byId.remove(byId.keySet().iterator().next());
      }
    }
  }

  /** The event with {@code id}, if any. */
  public Optional<EventRecord> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** All events, newest first. */
  public List<EventRecord> newestFirst() {
    List<EventRecord> list = new ArrayList<>(byId.values());
    Collections.reverse(list);
    return list;
  }
}
