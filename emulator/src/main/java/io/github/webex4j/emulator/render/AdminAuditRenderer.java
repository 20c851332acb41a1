package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.AdminAuditStore.AuditEvent;

/** Admin audit events as the API shows them. */
public final class AdminAuditRenderer {
  private AdminAuditRenderer() {}

  /** The event's JSON: ids and time at the top, the rest under {@code data}. */
  public static ObjectNode render(AuditEvent event) {
    ObjectNode node = Json.object();
    node.put("id", event.id());
    Json.put(node, "created", event.created());
    node.put("actorId", event.actorId());
    node.put("actorOrgId", event.actorOrgId());
    ObjectNode data = node.putObject("data");
    Json.put(data, "actorName", event.actorName());
    Json.put(data, "actorEmail", event.actorEmail());
    Json.put(data, "actorOrgName", event.actorOrgName());
    data.set("adminRoles", Json.strings(event.adminRoles()));
    Json.put(data, "eventCategory", event.eventCategory());
    Json.put(data, "eventDescription", event.eventDescription());
    Json.put(data, "actionText", event.actionText());
    Json.put(data, "targetType", event.targetType());
    Json.put(data, "targetId", event.targetId());
    Json.put(data, "targetName", event.targetName());
    Json.put(data, "targetOrgId", event.targetOrgId());
    Json.put(data, "targetOrgName", event.targetOrgName());
    return node;
  }
}
