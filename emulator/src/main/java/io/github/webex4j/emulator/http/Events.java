package io.github.webex4j.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.DomainEvent;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.util.List;
import java.util.Map;

/** Publishes domain events (for {@code /events} and webhooks) from handlers. */
public final class Events {
  private Events() {}

  /**
   * Publishes one event.
   *
   * @param resource webhook resource name
   * @param type created, updated or deleted
   * @param actor who caused it
   * @param roomId the room it concerns, or null
   * @param webhookData ids-only data for webhooks
   * @param fullData the full representation for {@code /events}
   * @param attributes webhook filter attributes
   */
  public static void publish(
      World world,
      String resource,
      String type,
      Person actor,
      String roomId,
      ObjectNode webhookData,
      ObjectNode fullData,
      Map<String, List<String>> attributes) {
    world.publish(
        new DomainEvent(
            resource,
            type,
            actor.id,
            roomId,
            webhookData,
            fullData,
            attributes,
            world.timestamps().next()));
  }
}
