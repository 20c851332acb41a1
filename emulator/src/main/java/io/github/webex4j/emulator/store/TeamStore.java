package io.github.webex4j.emulator.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Teams. A team owns a General room whose membership follows the team's. */
public final class TeamStore implements Store {
  private final World world;
  private final Map<String, Team> byId = new LinkedHashMap<>();

  TeamStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
  }

  /**
   * Creates a team; the creator becomes its moderator, and the team gets a General room titled
   * after it ([?] product behaviour, see README).
   */
  public Team create(Person creator, String name, String description) {
    String uuid = world.ids().uuid().toString();
    Team team = new Team(Ids.encode("TEAM", uuid), uuid, creator.id, world.timestamps().next());
    team.name = name;
    team.description = description;
    byId.put(team.id, team);
    Room general = world.rooms.createGroup(creator, name, team.id, false);
    general.general = true;
    world.memberships.find(general.id, creator.id).ifPresent(m -> m.isModerator = true);
    team.generalRoomId = general.id;
    world.teamMemberships.join(team, creator, true, creator);
    return team;
  }

  /** Puts a snapshot's team back. */
  void restore(Team team) {
    byId.put(team.id, team);
  }

  /** The team with {@code id}, if any. */
  public Optional<Team> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The team, or 404 unless {@code caller} is a member (compliance officers may read). */
  public Team requireVisible(String id, Person caller) {
    Team team =
        find(id).orElseThrow(() -> RuleViolation.notFound("Could not find a team with this ID."));
    if (world.teamMemberships.find(team.id, caller.id).isEmpty() && !caller.complianceOfficer) {
      throw RuleViolation.notFound("Could not find a team with this ID.");
    }
    return team;
  }

  /**
   * {@code actor} (a team moderator) renames a team; a null {@code description} keeps the current
   * one.
   *
   * @throws RuleViolation 403 for anyone but a moderator
   */
  public void rename(Team team, Person actor, String name, String description) {
    requireModerator(team, actor, "Only team moderators may change or delete a team.");
    team.name = name;
    if (description != null) {
      team.description = description;
    }
  }

  /** Every team, oldest first. */
  public List<Team> all() {
    return new ArrayList<>(byId.values());
  }

  /**
   * {@code actor} (a team moderator) deletes a team with its memberships and all of its rooms ([?]
   * see README).
   *
   * @throws RuleViolation 403 for anyone but a moderator
   */
  public void delete(Team team, Person actor) {
    requireModerator(team, actor, "Only team moderators may change or delete a team.");
    byId.remove(team.id);
    world.teamMemberships.removeTeam(team.id);
    for (Room room : world.rooms.all()) {
      if (team.id.equals(room.teamId)) {
        world.rooms.delete(room);
      }
    }
  }

  private void requireModerator(Team team, Person actor, String message) {
    if (!world.teamMemberships.isModerator(team.id, actor.id)) {
      throw RuleViolation.forbidden(message);
    }
  }
}
