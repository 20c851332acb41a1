package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.OrganizationStore.Organization;

/** Organizations as the API shows them. */
public final class OrganizationRenderer {
  private OrganizationRenderer() {}

  /** The organization as the API shows it. */
  public static ObjectNode render(Organization org) {
    ObjectNode node = Json.object();
    node.put("id", org.id);
    node.put("displayName", org.displayName);
    Json.put(node, "created", org.created);
    return node;
  }
}
