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

  /** Creates a group room; the creator becomes a member (moderator when locked). */
  public Room createGroup(Person creator, String title, String teamId, boolean locked) {
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
    world.memberships.add(room, creator, locked);
    return room;
  }

  /** The direct room between {@code a} and {@code b}, created (with both members) if needed. */
  public Room directRoom(Person a, Person b) {
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
    world.memberships.add(room, a, false);
    world.memberships.add(room, b, false);
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
   * The room with {@code id} as seen by {@code caller}: 404 unless the caller is a member, or a
   * compliance officer when {@code complianceMayRead} is set.
   */
  public Room requireVisible(String id, Person caller, boolean complianceMayRead) {
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

  /** Deletes a room with its memberships, messages, contents and tabs. */
  public void delete(Room room) {
    byId.remove(room.id);
    world.roomTabs.removeRoom(room.id);
    world.memberships.removeRoom(room.id);
    world.messages.removeRoom(room.id);
  }
}
