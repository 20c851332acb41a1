package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.Message;
import io.github.webex4j.emulator.store.World;

/** Messages as the API shows them. */
public final class MessageRenderer {
  private MessageRenderer() {}

  /** The message's JSON; file URLs use {@code baseUrl}. */
  public static ObjectNode render(World world, Message message, String baseUrl) {
    ObjectNode node = Json.object();
    node.put("id", message.id);
    Json.put(node, "parentId", message.parentId);
    node.put("roomId", message.roomId);
    world.rooms.find(message.roomId).ifPresent(room -> node.put("roomType", room.type));
    if (message.toPersonId != null) {
      node.put("toPersonId", message.toPersonId);
      world.people.find(message.toPersonId).ifPresent(p -> node.put("toPersonEmail", p.email));
    }
    Json.put(node, "text", message.text);
    Json.put(node, "markdown", message.markdown);
    Json.put(node, "html", message.html);
    if (!message.contentIds.isEmpty()) {
      ArrayNode files = node.putArray("files");
      message.contentIds.forEach(id -> files.add(baseUrl + "/contents/" + id));
    }
    node.put("personId", message.personId);
    world.people.find(message.personId).ifPresent(p -> node.put("personEmail", p.email));
    if (!message.mentionedPeople.isEmpty()) {
      node.set("mentionedPeople", Json.strings(message.mentionedPeople));
    }
    if (!message.mentionedGroups.isEmpty()) {
      node.set("mentionedGroups", Json.strings(message.mentionedGroups));
    }
    if (message.attachments != null) {
      node.set("attachments", message.attachments.deepCopy());
    }
    Json.put(node, "created", message.created);
    Json.put(node, "updated", message.updated);
    return node;
  }
}
