package io.github.webex4j.emulator.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SCIM groups of the home org. Members are people of the org; a deleted person silently drops out
 * of every group ({@link #members(Group)} skips unknown ids).
 */
public final class GroupStore implements Store {
  /** One group. Mutable; guarded by the {@link World} lock. */
  public static final class Group {
    public final String id;
    public final Instant created;
    public String displayName;
    public String description;
    public String externalId;
    public Instant lastModified;
    final Set<String> memberIds = new LinkedHashSet<>();

    Group(String id, Instant created) {
      this.id = id;
      this.created = created;
      this.lastModified = created;
    }
  }

  /** How {@link #search} matches {@code displayName}. */
  public enum Match {
    EQUALS,
    STARTS_WITH
  }

  private final World world;
  private final Map<String, Group> byId = new LinkedHashMap<>();

  GroupStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
  }

  /**
   * Creates a group.
   *
   * @throws RuleViolation 409 when another group has the same display name (case-insensitive), 400
   *     when a member id is not a person of the org
   */
  public Group create(String displayName, String description, String externalId, List<String> ids) {
    requireUniqueName(displayName, null);
    requirePeople(ids);
    String orgUuid = Ids.localPart(world.orgId(), "ORGANIZATION").orElseThrow();
    Group group =
        new Group(
            Ids.encode("SCIM_GROUP", world.ids().uuid() + ":" + orgUuid),
            world.timestamps().next());
    group.displayName = displayName;
    group.description = description;
    group.externalId = externalId;
    group.memberIds.addAll(ids);
    byId.put(group.id, group);
    return group;
  }

  /** The group with {@code id}, or 404. */
  public Group require(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id))
        .orElseThrow(() -> RuleViolation.notFound("Group not found: " + id));
  }

  /**
   * Groups matching an optional display-name filter (case-insensitive, as SCIM's displayName is not
   * case-exact), sorted by {@code sortBy} ({@code displayName} or {@code id}; null keeps creation
   * order).
   */
  public List<Group> search(Match match, String value, String sortBy, boolean descending) {
    String needle = value == null ? null : value.toLowerCase(Locale.ROOT);
    List<Group> out = new ArrayList<>();
    for (Group group : byId.values()) {
      String name = group.displayName.toLowerCase(Locale.ROOT);
      if (needle == null
          || (match == Match.EQUALS ? name.equals(needle) : name.startsWith(needle))) {
        out.add(group);
      }
    }
    Comparator<Group> order = null;
    if ("displayName".equals(sortBy)) {
      order = Comparator.comparing(g -> g.displayName.toLowerCase(Locale.ROOT));
    } else if ("id".equals(sortBy)) {
      order = Comparator.comparing(g -> g.id);
    }
    if (order != null) {
      out.sort(descending ? order.reversed() : order);
    } else if (descending) {
      Collections.reverse(out);
    }
    return out;
  }

  /** The members who still exist, in the order they were added. */
  public List<Person> members(Group group) {
    List<Person> out = new ArrayList<>();
    for (String id : group.memberIds) {
      world.people.find(id).ifPresent(out::add);
    }
    return out;
  }

  /** Renames a group; 409 when the name is taken by another group. */
  public void rename(Group group, String displayName) {
    requireUniqueName(displayName, group);
    group.displayName = displayName;
    touch(group);
  }

  /** Sets or (null) clears a group's description. */
  public void describe(Group group, String description) {
    group.description = description;
    touch(group);
  }

  /** Adds people (400 for unknown ids; existing members are kept once). */
  public void addMembers(Group group, List<String> ids) {
    requirePeople(ids);
    group.memberIds.addAll(ids);
    touch(group);
  }

  /** Removes people; ids that are not members are ignored. */
  public void removeMembers(Group group, List<String> ids) {
    ids.forEach(group.memberIds::remove);
    touch(group);
  }

  /** Replaces the member list (400 for unknown ids). */
  public void replaceMembers(Group group, List<String> ids) {
    requirePeople(ids);
    group.memberIds.clear();
    group.memberIds.addAll(ids);
    touch(group);
  }

  /** Marks a change to a group's own fields. */
  public void touch(Group group) {
    group.lastModified = world.timestamps().next();
  }

  /** Deletes a group. */
  public void delete(Group group) {
    byId.remove(group.id);
  }

  private void requireUniqueName(String displayName, Group self) {
    for (Group other : byId.values()) {
      if (other != self && other.displayName.equalsIgnoreCase(displayName)) {
        throw RuleViolation.conflict("A group named " + displayName + " already exists.");
      }
    }
  }

  private void requirePeople(List<String> ids) {
    for (String id : ids) {
      if (world.people.find(id).isEmpty()) {
        throw RuleViolation.badRequest("Invalid member: no person with id " + id + ".");
      }
    }
  }

  /** Every group, oldest first (for snapshots). */
  List<Group> all() {
    return List.copyOf(byId.values());
  }

  /** Puts a snapshot's group back; 409 for a name taken twice, 400 for unknown members. */
  void restore(Group group) {
    requireUniqueName(group.displayName, group);
    requirePeople(List.copyOf(group.memberIds));
    byId.put(group.id, group);
  }
}
