package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.AttachmentAction;

/** Card actions as the API shows them. */
public final class AttachmentActionRenderer {
  private AttachmentActionRenderer() {}

  /** The action's JSON. */
  public static ObjectNode render(AttachmentAction action) {
    ObjectNode node = Json.object();
    node.put("id", action.id());
    node.put("type", action.type());
    node.put("messageId", action.messageId());
    node.set("inputs", action.inputs().deepCopy());
    node.put("personId", action.personId());
    node.put("roomId", action.roomId());
    Json.put(node, "created", action.created());
    return node;
  }
}
