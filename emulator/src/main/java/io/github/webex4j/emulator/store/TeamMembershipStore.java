package io.github.webex4j.emulator.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Team memberships; each mirrors a membership of the team's General room. */
public final class TeamMembershipStore implements Store {
  private final World world;
  private final Map<String, TeamMembership> byId = new LinkedHashMap<>();

  TeamMembershipStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
  }

  /**
   * {@code actor} (a member of the team) adds {@code person} to {@code team} and to its General
   * room; publishes memberships {@code created} for the General room membership.
   *
   * @throws RuleViolation 403 when the actor is not in the team; 409 when already a member
   */
  public TeamMembership add(Team team, Person person, boolean moderator, Person actor) {
    if (find(team.id, actor.id).isEmpty()) {
      throw RuleViolation.forbidden("Only team members may add people to a team.");
    }
    return join(team, person, moderator, actor);
  }

  /**
   * The team membership with {@code id} as {@code viewer} may see it (a member of the team, or a
   * compliance officer).
   *
   * @throws RuleViolation 404 otherwise
   */
  public TeamMembership requireVisible(String id, Person viewer) {
    TeamMembership tm =
        find(id).orElseThrow(() -> RuleViolation.notFound("Team membership not found."));
    if (find(tm.teamId, viewer.id).isEmpty() && !viewer.complianceOfficer) {
      throw RuleViolation.notFound("Team membership not found.");
    }
    return tm;
  }

  /**
   * {@code actor} (a team moderator) sets the moderator flag on the team and General room
   * memberships.
   *
   * @throws RuleViolation 403 for anyone but a moderator; 409 for demoting the last moderator
   */
  public void setModerator(TeamMembership tm, boolean moderator, Person actor) {
    requireModerator(tm.teamId, actor);
    setModerator(tm, moderator);
  }

  /**
   * {@code actor} (the member, or a team moderator) removes {@code tm} and the General room
   * membership.
   *
   * @throws RuleViolation 403 for anyone else; 409 for the last moderator
   */
  public void remove(TeamMembership tm, Person actor) {
    if (!tm.personId.equals(actor.id)) {
      requireModerator(tm.teamId, actor);
    }
    remove(tm);
  }

  /** True when {@code personId} moderates {@code teamId}. */
  public boolean isModerator(String teamId, String personId) {
    return find(teamId, personId).map(m -> m.isModerator).orElse(false);
  }

  private void requireModerator(String teamId, Person actor) {
    if (!isModerator(teamId, actor.id)) {
      throw RuleViolation.forbidden("Only team moderators may change team memberships.");
    }
  }

  /** Adds {@code person} to {@code team} and its General room, whoever the actor. */
  TeamMembership join(Team team, Person person, boolean moderator, Person actor) {
    if (find(team.id, person.id).isPresent()) {
      throw RuleViolation.conflict("Person is already a member of the team.");
    }
    TeamMembership tm =
        new TeamMembership(
            Ids.encode("TEAM_MEMBERSHIP", person.uuid + ":" + team.uuid),
            team.id,
            person.id,
            world.timestamps().next());
    tm.isModerator = moderator;
    byId.put(tm.id, tm);
    world
        .rooms
        .find(team.generalRoomId)
        .ifPresent(
            general -> {
              Membership membership =
                  world
                      .memberships
                      .find(general.id, person.id)
                      .orElseGet(() -> world.memberships.join(general, person, moderator));
              membership.isModerator = moderator;
              world.memberships.published(membership, "created", actor);
            });
    return tm;
  }

  /** Puts a snapshot's team membership back (its General room membership is listed apart). */
  void restore(TeamMembership tm) {
    if (find(tm.teamId, tm.personId).isPresent()) {
      throw RuleViolation.badRequest("The snapshot lists a team membership twice.");
    }
    byId.put(tm.id, tm);
  }

  /** Sets the moderator flag on the team and General room memberships. */
  private void setModerator(TeamMembership tm, boolean moderator) {
    if (tm.isModerator && !moderator && moderators(tm.teamId) == 1) {
      throw RuleViolation.conflict(
          "The last moderator of a team cannot be demoted. Promote another member first.");
    }
    tm.isModerator = moderator;
    generalMembership(tm).ifPresent(m -> m.isModerator = moderator);
  }

  /**
   * Removes {@code tm} and the General room membership.
   *
   * @throws RuleViolation 409 for the last moderator
   */
  void remove(TeamMembership tm) {
    if (tm.isModerator && moderators(tm.teamId) == 1) {
      throw RuleViolation.conflict(
          "The last moderator of a team cannot be removed. Promote another member first.");
    }
    generalMembership(tm).ifPresent(world.memberships::remove);
    byId.remove(tm.id);
  }

  /** The membership with {@code id}, if any. */
  public Optional<TeamMembership> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** {@code personId}'s membership of {@code teamId}, if any. */
  public Optional<TeamMembership> find(String teamId, String personId) {
    return byId.values().stream()
        .filter(m -> m.teamId.equals(teamId) && m.personId.equals(personId))
        .findFirst();
  }

  /** Memberships of {@code teamId}, oldest first. */
  public List<TeamMembership> ofTeam(String teamId) {
    return byId.values().stream().filter(m -> m.teamId.equals(teamId)).toList();
  }

  /** Number of moderators of {@code teamId}. */
  public long moderators(String teamId) {
    return ofTeam(teamId).stream().filter(m -> m.isModerator).count();
  }

  private Optional<Membership> generalMembership(TeamMembership tm) {
    return world
        .teams
        .find(tm.teamId)
        .flatMap(team -> world.memberships.find(team.generalRoomId, tm.personId));
  }

  void removeTeam(String teamId) {
    byId.values().removeIf(m -> m.teamId.equals(teamId));
  }

  void removePerson(String personId) {
    byId.values().removeIf(m -> m.personId.equals(personId));
  }
}
