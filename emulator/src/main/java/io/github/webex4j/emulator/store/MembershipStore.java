package io.github.webex4j.emulator.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Room memberships. Ids embed {@code personUuid:roomUuid} as Webex does. */
public final class MembershipStore implements Store {
  private final World world;
  private final Map<String, Membership> byId = new LinkedHashMap<>();
  private final Map<String, Membership> byRoomAndPerson = new HashMap<>();

  MembershipStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
    byRoomAndPerson.clear();
  }

  private static String key(String roomId, String personId) {
    return roomId + '|' + personId;
  }

  /**
   * {@code actor} adds {@code person} to {@code room}; publishes memberships {@code created}.
   *
   * @throws RuleViolation 403 for a direct room, or a locked room the actor does not moderate; 409
   *     when already a member
   */
  public Membership add(Room room, Person person, boolean moderator, Person actor) {
    return addTo(room, person, moderator, actor);
  }

  /**
   * {@code actor} adds {@code person} to the room with {@code roomId}, as {@link #add(Room, Person,
   * boolean, Person)} does.
   *
   * @throws RuleViolation 404 unless the actor is a member of the room; as {@code add} otherwise
   */
  public Membership add(String roomId, Person person, boolean moderator, Person actor) {
    return addTo(world.rooms.joinedBy(actor, roomId), person, moderator, actor);
  }

  private Membership addTo(Room room, Person person, boolean moderator, Person actor) {
    if (room.isDirect()) {
      throw RuleViolation.forbidden("People cannot be added to a direct room.");
    }
    if (room.isLocked && !isModerator(room.id, actor.id)) {
      throw RuleViolation.forbidden("Only moderators may add people to a locked room.");
    }
    Membership membership = join(room, person, moderator);
    published(membership, "created", actor);
    return membership;
  }

  /**
   * {@code actor} changes a membership: {@code moderator} and {@code hidden} (null: unchanged);
   * publishes memberships {@code updated}.
   *
   * @throws RuleViolation 400 for moderators of a direct room or demoting the last moderator of a
   *     team's General room; 403 in a locked room the actor does not moderate, or when hiding
   *     another person's room
   */
  public void update(Membership membership, Person actor, Boolean moderator, Boolean hidden) {
    Room room = world.rooms.require(membership.roomId);
    if (moderator != null && moderator != membership.isModerator) {
      if (room.isDirect()) {
        throw RuleViolation.badRequest("A direct room has no moderators.");
      }
      if (room.isLocked && !isModerator(room.id, actor.id)) {
        throw RuleViolation.forbidden("Only moderators may change moderators of a locked room.");
      }
      if (!moderator && room.general && lastGeneralModerator(room, membership)) {
        throw RuleViolation.badRequest(
            "The last moderator of a team's General space cannot be demoted.");
      }
      membership.isModerator = moderator;
    }
    if (hidden != null && hidden != membership.isRoomHidden) {
      if (!membership.personId.equals(actor.id)) {
        throw RuleViolation.forbidden("Only the member may hide a room.");
      }
      membership.isRoomHidden = hidden;
    }
    published(membership, "updated", actor);
  }

  /**
   * {@code actor} removes a membership (leaving a team's General room leaves the team); publishes
   * memberships {@code deleted}.
   *
   * @throws RuleViolation 403 for a direct room, a locked room the actor does not moderate (unless
   *     leaving) or an actor outside the room; 409 for the last moderator of a General room
   */
  public void remove(Membership membership, Person actor) {
    Room room = world.rooms.require(membership.roomId);
    boolean self = membership.personId.equals(actor.id);
    if (room.isDirect()) {
      throw RuleViolation.forbidden("Nobody can be removed from a direct room.");
    }
    if (!self && room.isLocked && !isModerator(room.id, actor.id)) {
      throw RuleViolation.forbidden("Only moderators may remove people from a locked room.");
    }
    if (!isMember(room.id, actor.id)) {
      throw RuleViolation.forbidden("Only members may remove people from a room.");
    }
    if (room.general) {
      if (lastGeneralModerator(room, membership)) {
        throw RuleViolation.conflict(
            "The last moderator of a team's General space cannot be removed. Promote another"
                + " team moderator first.");
      }
      world
          .teamMemberships
          .find(room.teamId, membership.personId)
          .ifPresent(tm -> world.teamMemberships.remove(tm));
    }
    remove(membership);
    published(membership, "deleted", actor);
  }

  private boolean lastGeneralModerator(Room room, Membership membership) {
    return membership.isModerator
        && ofRoom(room.id).stream().filter(m -> m.isModerator).count() == 1;
  }

  /** Publishes a memberships event about {@code membership}. */
  void published(Membership membership, String type, Person actor) {
    world.changed("memberships", type, actor, membership);
  }

  /**
   * Adds {@code person} to {@code room} without an event (the caller publishes what applies).
   *
   * @throws RuleViolation 409 when already a member
   */
  Membership join(Room room, Person person, boolean moderator) {
    if (find(room.id, person.id).isPresent()) {
      throw RuleViolation.conflict("Person is already in the room.");
    }
    Membership membership =
        new Membership(
            Ids.encode("MEMBERSHIP", person.uuid + ":" + room.uuid),
            room.id,
            person.id,
            world.timestamps().next());
    membership.isModerator = moderator;
    byId.put(membership.id, membership);
    byRoomAndPerson.put(key(room.id, person.id), membership);
    return membership;
  }

  /** Puts a snapshot's membership back; 400 for a duplicate. */
  void restore(Membership membership) {
    if (byRoomAndPerson.putIfAbsent(key(membership.roomId, membership.personId), membership)
        != null) {
      throw RuleViolation.badRequest("The snapshot lists a room membership twice.");
    }
    byId.put(membership.id, membership);
  }

  /** The membership with {@code id}, if any. */
  public Optional<Membership> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /**
   * The membership with {@code id} as {@code viewer} may see it (a member of its room, or a
   * compliance officer).
   *
   * @throws RuleViolation 404 otherwise
   */
  public Membership requireVisible(String id, Person viewer) {
    Membership membership =
        find(id).orElseThrow(() -> RuleViolation.notFound("Membership not found."));
    if (!isMember(membership.roomId, viewer.id) && !viewer.complianceOfficer) {
      throw RuleViolation.notFound("Membership not found.");
    }
    return membership;
  }

  /** {@code personId}'s membership of {@code roomId}, if any. */
  public Optional<Membership> find(String roomId, String personId) {
    return Optional.ofNullable(byRoomAndPerson.get(key(roomId, personId)));
  }

  /** True when {@code personId} is in {@code roomId}. */
  public boolean isMember(String roomId, String personId) {
    return find(roomId, personId).isPresent();
  }

  /** True when {@code personId} moderates {@code roomId}. */
  public boolean isModerator(String roomId, String personId) {
    return find(roomId, personId).map(m -> m.isModerator).orElse(false);
  }

  /** Memberships of {@code roomId}, oldest first. */
  public List<Membership> ofRoom(String roomId) {
    return byId.values().stream().filter(m -> m.roomId.equals(roomId)).toList();
  }

  /** Every membership, oldest first. */
  public List<Membership> all() {
    return new ArrayList<>(byId.values());
  }

  /** The memberships of the rooms {@code caller} is a member of, oldest first. */
  public List<Membership> visibleTo(Person caller) {
    return byId.values().stream().filter(m -> isMember(m.roomId, caller.id)).toList();
  }

  /** Removes one membership, without an event. */
  void remove(Membership membership) {
    byId.remove(membership.id);
    byRoomAndPerson.remove(key(membership.roomId, membership.personId));
  }

  void removeRoom(String roomId) {
    all().stream().filter(m -> m.roomId.equals(roomId)).forEach(this::remove);
  }

  void removePerson(String personId) {
    all().stream().filter(m -> m.personId.equals(personId)).forEach(this::remove);
  }
}
