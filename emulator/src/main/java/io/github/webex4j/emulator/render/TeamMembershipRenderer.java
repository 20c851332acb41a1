package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.TeamMembership;
import io.github.webex4j.emulator.store.World;

/** Team memberships as the API shows them. */
public final class TeamMembershipRenderer {
  private TeamMembershipRenderer() {}

  /** The team membership's JSON. */
  public static ObjectNode render(World world, TeamMembership tm) {
    ObjectNode node = Json.object();
    node.put("id", tm.id);
    node.put("teamId", tm.teamId);
    node.put("personId", tm.personId);
    world
        .people
        .find(tm.personId)
        .ifPresent(
            p -> {
              node.put("personEmail", p.email);
              node.put("personDisplayName", p.displayName);
              node.put("personOrgId", p.orgId);
            });
    node.put("isModerator", tm.isModerator);
    Json.put(node, "created", tm.created);
    return node;
  }
}
