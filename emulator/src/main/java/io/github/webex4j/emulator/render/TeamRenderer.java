package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.Team;

/** Teams as the API shows them. */
public final class TeamRenderer {
  private TeamRenderer() {}

  /** The team's JSON. */
  public static ObjectNode render(Team team) {
    ObjectNode node = Json.object();
    node.put("id", team.id);
    node.put("name", team.name);
    Json.put(node, "description", team.description);
    node.put("creatorId", team.creatorId);
    Json.put(node, "created", team.created);
    return node;
  }
}
