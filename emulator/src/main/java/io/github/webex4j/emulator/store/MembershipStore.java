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
   * Adds {@code person} to {@code room}.
   *
   * @throws RuleViolation 409 when already a member
   */
  public Membership add(Room room, Person person, boolean moderator) {
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

  /** Removes one membership. */
  public void remove(Membership membership) {
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
