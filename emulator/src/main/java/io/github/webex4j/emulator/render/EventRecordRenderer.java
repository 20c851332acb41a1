package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.EventRecord;

/** Compliance events as {@code /events} shows them. */
public final class EventRecordRenderer {
  private EventRecordRenderer() {}

  /** The event's JSON. */
  public static ObjectNode render(EventRecord record) {
    ObjectNode node = Json.object();
    node.put("id", record.id());
    node.put("resource", record.resource());
    node.put("type", record.event().type());
    node.put("actorId", record.event().actorId());
    node.put("orgId", record.orgId());
    Json.put(node, "created", record.event().created());
    node.set("data", record.event().fullData().deepCopy());
    return node;
  }
}
