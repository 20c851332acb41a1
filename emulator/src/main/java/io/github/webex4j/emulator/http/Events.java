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
            null,
            webhookData,
            fullData,
            attributes,
            world.timestamps().next()));
  }

  /**
   * Publishes an event that belongs to one person rather than to a room (meetings, recordings):
   * only that person's own webhooks and org webhooks of admins or compliance officers receive it.
   * {@code /events} lists the webhook data as the event's {@code data}.
   *
   * @param ownerId the person whose webhooks may see it (e.g. the meeting's host)
   * @param webhookData the {@code data} object a webhook delivers
   * @param attributes webhook filter attributes
   */
  public static void publishPrivate(
      World world,
      String resource,
      String type,
      Person actor,
      String ownerId,
      ObjectNode webhookData,
      Map<String, List<String>> attributes) {
    world.publish(
        new DomainEvent(
            resource,
            type,
            actor.id,
            null,
            ownerId,
            webhookData,
            webhookData,
            attributes,
            world.timestamps().next()));
  }
}
