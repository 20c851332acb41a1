package io.github.webex4j.emulator.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rooms, including the direct rooms that messages create. */
public final class RoomStore implements Store {
  private final World world;
  private final Map<String, Room> byId = new LinkedHashMap<>();

  RoomStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
  }

  /** What a new group room holds besides its title. */
  public record RoomDraft(
      String title,
      String teamId,
      boolean locked,
      boolean announcementOnly,
      boolean isPublic,
      String description,
      String classificationId) {}

  /**
   * {@code creator} creates a group room and becomes its member (moderator when locked); publishes
   * rooms {@code created}, then memberships {@code created}.
   *
   * @throws RuleViolation 404 for a team the creator is not in; 400 for an announcement-only room
   *     that is not locked, a public room without description, or a bot classifying a room
   */
  public Room create(Person creator, RoomDraft draft) {
    if (draft.teamId() != null) {
      requireTeamMember(draft.teamId(), creator);
    }
    if (draft.announcementOnly() && !draft.locked()) {
      throw RuleViolation.badRequest("'isAnnouncementOnly' requires a locked room ('isLocked').");
    }
    if (draft.isPublic() && (draft.description() == null || draft.description().isBlank())) {
      throw RuleViolation.badRequest("A public room ('isPublic') requires a 'description'.");
    }
    if (creator.isBot() && draft.classificationId() != null) {
      throw RuleViolation.badRequest("A bot cannot create and classify a room in one request.");
    }
    Room room = createGroup(creator, draft.title(), draft.teamId(), draft.locked());
    room.isAnnouncementOnly = draft.announcementOnly();
    room.description = draft.description();
    room.classificationId = draft.classificationId();
    if (draft.isPublic()) {
      room.isPublic = true;
      room.madePublic = room.created;
    }
    published(room, "created", creator);
    world
        .memberships
        .find(room.id, creator.id)
        .ifPresent(m -> world.memberships.published(m, "created", creator));
    return room;
  }

  private void requireTeamMember(String teamId, Person person) {
    Team team =
        world
            .teams
            .find(teamId)
            .orElseThrow(
                () -> RuleViolation.notFound("The requested resource could not be found."));
    if (world.teamMemberships.find(team.id, person.id).isEmpty()) {
      throw RuleViolation.notFound("The requested resource could not be found.");
    }
  }

  /** What {@code PUT /rooms/{id}} changes; null fields keep their value. */
  public record RoomEdit(
      String title,
      Boolean locked,
      Boolean announcementOnly,
      Boolean isPublic,
      Boolean readOnly,
      String teamId,
      String description,
      String classificationId) {}

  /**
   * {@code actor} changes a room; publishes rooms {@code updated}. A description of one space
   * clears it. Locking a room makes the actor a moderator. A compliance officer who is not a member
   * may change only classificationId, isAnnouncementOnly, description and isPublic.
   *
   * @throws RuleViolation 403 or 400 when a rule of Webex forbids the change
   */
  public void update(Room room, Person actor, RoomEdit edit) {
    boolean member = world.memberships.isMember(room.id, actor.id);
    if (!member && (edit.locked() != null || edit.teamId() != null || edit.readOnly() != null)) {
      throw RuleViolation.forbidden(
          "A compliance officer who is not a member may change only classificationId,"
              + " isAnnouncementOnly, description and isPublic.");
    }
    if (member
        && room.isLocked
        && !world.memberships.isModerator(room.id, actor.id)
        && !actor.complianceOfficer) {
      throw RuleViolation.forbidden("Only moderators may update a locked room.");
    }
    boolean willBeLocked = edit.locked() != null ? edit.locked() : room.isLocked;
    boolean willAnnounce =
        edit.announcementOnly() != null ? edit.announcementOnly() : room.isAnnouncementOnly;
    if (willAnnounce && !willBeLocked) {
      throw RuleViolation.badRequest("'isAnnouncementOnly' requires a locked room ('isLocked').");
    }
    if (edit.readOnly() != null && edit.readOnly() != room.isReadOnly && !actor.complianceOfficer) {
      throw RuleViolation.forbidden("Only a compliance officer may change 'isReadOnly'.");
    }
    String description = edit.description();
    String newDescription =
        description == null ? room.description : description.equals(" ") ? null : description;
    if (Boolean.TRUE.equals(edit.isPublic()) && !room.isPublic) {
      if (!actor.complianceOfficer) {
        throw RuleViolation.forbidden("Only a compliance officer may make a room public.");
      }
      if (newDescription == null || newDescription.isBlank()) {
        throw RuleViolation.badRequest("A public room ('isPublic') requires a 'description'.");
      }
    }
    String teamId = edit.teamId();
    if (teamId != null && !teamId.equals(room.teamId)) {
      if (room.isDirect()) {
        throw RuleViolation.badRequest("A direct room cannot be moved into a team.");
      }
      requireTeamMember(teamId, actor);
      for (Membership m : world.memberships.ofRoom(room.id)) {
        if (m.isModerator && world.teamMemberships.find(teamId, m.personId).isEmpty()) {
          throw RuleViolation.badRequest(
              "Every moderator of the room must be a member of the team.");
        }
      }
      room.teamId = teamId;
    }
    if (!room.isDirect()) {
      room.title = edit.title();
    }
    Boolean locked = edit.locked();
    if (locked != null && locked && !room.isLocked) {
      world.memberships.find(room.id, actor.id).ifPresent(m -> m.isModerator = true);
    }
    if (locked != null) {
      room.isLocked = locked;
    }
    room.isAnnouncementOnly = willAnnounce;
    room.description = newDescription;
    if (edit.classificationId() != null) {
      room.classificationId = edit.classificationId();
    }
    if (edit.readOnly() != null) {
      room.isReadOnly = edit.readOnly();
    }
    if (edit.isPublic() != null && edit.isPublic() != room.isPublic) {
      room.isPublic = edit.isPublic();
      room.madePublic = edit.isPublic() ? world.timestamps().next() : null;
    }
    published(room, "updated", actor);
  }

  /**
   * {@code actor} deletes a room, publishing rooms {@code deleted}; when only a moderator (of a
   * locked room) or the creator may and the actor is neither, Webex removes the actor from the room
   * instead (no event).
   *
   * @throws RuleViolation 404 unless the actor is a member of the room with {@code id}; 403 for a
   *     team's General room
   */
  public void delete(String id, Person actor) {
    Room room = joinedBy(actor, id);
    if (room.general) {
      throw RuleViolation.forbidden(
          "A team's General room cannot be deleted; delete the team instead.");
    }
    boolean moderator = world.memberships.isModerator(room.id, actor.id);
    boolean mayDelete = room.isLocked ? moderator : room.creatorId.equals(actor.id) || moderator;
    if (!mayDelete && !room.isDirect()) {
      world.memberships.find(room.id, actor.id).ifPresent(world.memberships::remove);
      return;
    }
    delete(room);
    published(room, "deleted", actor);
  }

  private void published(Room room, String type, Person actor) {
    world.changed("rooms", type, actor, room);
  }

  /**
   * {@code actor}'s direct room with {@code other}, created (with both members, publishing their
   * memberships {@code created}) if needed.
   */
  public Room directRoomOf(Person actor, Person other) {
    boolean existed = findDirect(actor.id, other.id).isPresent();
    Room room = directRoom(actor, other);
    if (!existed) {
      for (Membership m : world.memberships.ofRoom(room.id)) {
        world.memberships.published(m, "created", actor);
      }
    }
    return room;
  }

  /** Creates a group room; the creator becomes a member (moderator when locked). No event. */
  Room createGroup(Person creator, String title, String teamId, boolean locked) {
    String uuid = world.ids().uuid().toString();
    Room room =
        new Room(
            Ids.encode("ROOM", uuid),
            uuid,
            "group",
            creator.id,
            world.timestamps().next(),
            List.of());
    room.title = title;
    room.teamId = teamId;
    room.isLocked = locked;
    byId.put(room.id, room);
    world.memberships.join(room, creator, locked);
    return room;
  }

  /** The direct room between {@code a} and {@code b}, created (with both members) if needed. */
  Room directRoom(Person a, Person b) {
    for (Room room : byId.values()) {
      if (room.isDirect() && room.directPair.contains(a.id) && room.directPair.contains(b.id)) {
        return room;
      }
    }
    String uuid = world.ids().uuid().toString();
    Room room =
        new Room(
            Ids.encode("ROOM", uuid),
            uuid,
            "direct",
            a.id,
            world.timestamps().next(),
            List.of(a.id, b.id));
    byId.put(room.id, room);
    world.memberships.join(room, a, false);
    world.memberships.join(room, b, false);
    return room;
  }

  /** Puts a snapshot's room back. */
  void restore(Room room) {
    byId.put(room.id, room);
  }

  /** The existing direct room between two people, if any. */
  public Optional<Room> findDirect(String personA, String personB) {
    return byId.values().stream()
        .filter(
            r -> r.isDirect() && r.directPair.contains(personA) && r.directPair.contains(personB))
        .findFirst();
  }

  /** The room with {@code id}, if any. */
  public Optional<Room> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The room with {@code id}, or 404. */
  public Room require(String id) {
    return find(id)
        .orElseThrow(() -> RuleViolation.notFound("Could not find a room with provided ID."));
  }

  /**
   * The room with {@code id} as {@code caller} may read or update it (its memberships and messages
   * included).
   *
   * @throws RuleViolation 404 unless the caller is a member or a compliance officer
   */
  public Room visibleTo(Person caller, String id) {
    return visible(id, caller, true);
  }

  /**
   * The room with {@code id} as {@code caller} may delete it or add people to it.
   *
   * @throws RuleViolation 404 unless the caller is a member
   */
  Room joinedBy(Person caller, String id) {
    return visible(id, caller, false);
  }

  /** The rooms {@code caller} is a member of, oldest first. */
  public List<Room> joinedBy(Person caller) {
    return byId.values().stream().filter(r -> world.memberships.isMember(r.id, caller.id)).toList();
  }

  private Room visible(String id, Person caller, boolean complianceMayRead) {
    Room room = require(id);
    if (world.memberships.isMember(room.id, caller.id)
        || (complianceMayRead && caller.complianceOfficer)) {
      return room;
    }
    throw RuleViolation.notFound("Could not find a room with provided ID.");
  }

  /** Every room, oldest first. */
  public List<Room> all() {
    return new ArrayList<>(byId.values());
  }

  /** Deletes a room with its memberships, messages, contents and tabs, without an event. */
  void delete(Room room) {
    byId.remove(room.id);
    world.roomTabs.removeRoom(room.id);
    world.memberships.removeRoom(room.id);
    world.messages.removeRoom(room.id);
  }
}
