package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.GroupStore.Group;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.util.List;

/** Groups as the API shows them. */
public final class GroupRenderer {
  /** The most members a group answer lists. */
  public static final int MEMBERS_CAP = 500;

  private GroupRenderer() {}

  /** A group; {@code withMembers} adds up to {@link #MEMBERS_CAP} of its members. */
  public static ObjectNode render(World world, Group group, boolean withMembers) {
    List<Person> members = world.groups.members(group);
    ObjectNode node = Json.object();
    node.put("id", group.id);
    node.put("displayName", group.displayName);
    node.put("orgId", world.orgId());
    Json.put(node, "created", group.created);
    Json.put(node, "lastModified", group.lastModified);
    node.put("memberSize", members.size());
    if (withMembers) {
      node.set("members", members(members.subList(0, Math.min(members.size(), MEMBERS_CAP))));
    }
    return node;
  }

  /** Members as a group lists them. */
  public static ArrayNode members(List<Person> members) {
    ArrayNode array = Json.array();
    for (Person person : members) {
      ObjectNode member = array.addObject();
      member.put("id", person.id);
      member.put("type", "user");
      member.put("displayName", person.displayName);
    }
    return array;
  }
}
