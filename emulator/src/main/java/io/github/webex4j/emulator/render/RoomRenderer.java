package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.Room;
import io.github.webex4j.emulator.store.World;

/** Rooms as the API shows them. */
public final class RoomRenderer {
  private RoomRenderer() {}

  /** The room as {@code viewer} sees it (a direct room is titled after the other person). */
  public static ObjectNode render(World world, Room room, Person viewer) {
    ObjectNode node = Json.object();
    node.put("id", room.id);
    node.put("title", title(world, room, viewer));
    node.put("type", room.type);
    node.put("isLocked", room.isLocked);
    Json.put(node, "teamId", room.teamId);
    Json.put(node, "lastActivity", room.lastActivity);
    node.put("creatorId", room.creatorId);
    Json.put(node, "created", room.created);
    node.put("ownerId", world.orgId());
    Json.put(node, "classificationId", room.classificationId);
    node.put("isAnnouncementOnly", room.isAnnouncementOnly);
    node.put("isReadOnly", room.isReadOnly);
    node.put("isPublic", room.isPublic);
    Json.put(node, "madePublic", room.madePublic);
    Json.put(node, "description", room.description);
    return node;
  }

  private static String title(World world, Room room, Person viewer) {
    if (!room.isDirect()) {
      return room.title;
    }
    return room.directPair.stream()
        .filter(id -> !id.equals(viewer.id))
        .findFirst()
        .flatMap(world.people::find)
        .map(p -> p.displayName)
        .orElse("Empty Title");
  }
}
