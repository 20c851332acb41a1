package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.RoleStore.Role;

/** Roles as the API shows them. */
public final class RoleRenderer {
  private RoleRenderer() {}

  /** The role as the API shows it. */
  public static ObjectNode render(Role role) {
    ObjectNode node = Json.object();
    node.put("id", role.id());
    node.put("name", role.name());
    return node;
  }
}
