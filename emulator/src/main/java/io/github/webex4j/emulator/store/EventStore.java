package io.github.webex4j.emulator.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The compliance event log: message and membership created/updated/deleted events. Keeps the latest
 * {@value #CAPACITY} events so bulk runs do not exhaust memory.
 */
public final class EventStore implements Store {
  /** How many events are kept; older ones are dropped. */
  public static final int CAPACITY = 20_000;

  private static final Set<String> RECORDED = Set.of("messages", "memberships");
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
    if (RECORDED.contains(event.resource())) {
      EventRecord record = new EventRecord(world.ids().next("EVENT"), world.orgId(), event);
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
