package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.Membership;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;

/** Memberships as the API shows them. */
public final class MembershipRenderer {
  private MembershipRenderer() {}

  /** The membership's JSON. */
  public static ObjectNode render(World world, Membership m) {
    ObjectNode node = Json.object();
    node.put("id", m.id);
    node.put("roomId", m.roomId);
    Person person = world.people.find(m.personId).orElse(null);
    node.put("personId", m.personId);
    if (person != null) {
      node.put("personEmail", person.email);
      node.put("personDisplayName", person.displayName);
      node.put("personOrgId", person.orgId);
    }
    node.put("isModerator", m.isModerator);
    node.put("isRoomHidden", m.isRoomHidden);
    world.rooms.find(m.roomId).ifPresent(room -> node.put("roomType", room.type));
    node.put("isMonitor", false);
    Json.put(node, "created", m.created);
    return node;
  }
}
