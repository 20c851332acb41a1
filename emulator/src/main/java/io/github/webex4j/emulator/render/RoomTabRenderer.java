package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.RoomTabStore.RoomTab;

/** Room tabs as the API shows them. */
public final class RoomTabRenderer {
  private RoomTabRenderer() {}

  /** The tab's JSON (field names from the Room Tabs reference). */
  public static ObjectNode render(RoomTab tab) {
    ObjectNode node = Json.object();
    node.put("id", tab.id());
    node.put("roomId", tab.roomId());
    node.put("roomType", tab.roomType());
    node.put("displayName", tab.displayName());
    node.put("contentUrl", tab.contentUrl());
    node.put("creatorId", tab.creatorId());
    Json.put(node, "created", tab.created());
    return node;
  }
}
