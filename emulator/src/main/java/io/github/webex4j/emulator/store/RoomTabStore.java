package io.github.webex4j.emulator.store;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Room tabs: URL shortcuts pinned to a room. Only members of the room see, add, change or remove
 * its tabs (the documented rule); in a locked room only moderators add, change or remove them [?].
 * Content URLs must be absolute {@code https} URLs. Deleting a room deletes its tabs.
 */
public final class RoomTabStore implements Store {
  /** One tab; immutable, an update replaces it. */
  public record RoomTab(
      String id,
      String roomId,
      String roomType,
      String displayName,
      String contentUrl,
      String creatorId,
      Instant created) {}

  private static final String NOT_FOUND = "Could not find a room tab with provided ID.";
  private final World world;
  private final Map<String, RoomTab> byId = new LinkedHashMap<>();

  RoomTabStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
  }

  /**
   * The tabs of {@code roomId}, oldest first [?].
   *
   * @throws RuleViolation 404 when the room does not exist or the caller is not a member
   */
  public List<RoomTab> ofRoom(Person caller, String roomId) {
    Room room = world.rooms.joinedBy(caller, roomId);
    return byId.values().stream().filter(t -> t.roomId().equals(room.id)).toList();
  }

  /**
   * Adds a tab to {@code roomId}.
   *
   * @throws RuleViolation 404 for a room the caller is not in, 403 for a non-moderator in a locked
   *     room, 400 for a content URL that is not https
   */
  public RoomTab create(Person caller, String roomId, String contentUrl, String displayName) {
    Room room = world.rooms.joinedBy(caller, roomId);
    requireMayChange(room, caller);
    requireHttps(contentUrl);
    RoomTab tab =
        new RoomTab(
            world.ids().next("TABS"),
            room.id,
            room.type,
            displayName,
            contentUrl,
            caller.id,
            world.timestamps().next());
    byId.put(tab.id(), tab);
    return tab;
  }

  /**
   * The tab with {@code id}.
   *
   * @throws RuleViolation 404 when it does not exist or the caller is not in its room
   */
  public RoomTab require(Person caller, String id) {
    RoomTab tab = id == null ? null : byId.get(id);
    if (tab == null || !world.memberships.isMember(tab.roomId(), caller.id)) {
      throw RuleViolation.notFound(NOT_FOUND);
    }
    return tab;
  }

  /**
   * Points a tab at a new URL and name. {@code roomId} must name the tab's room [?].
   *
   * @throws RuleViolation as {@link #require} and {@link #create}; 400 for another room
   */
  public RoomTab update(
      Person caller, String id, String roomId, String contentUrl, String displayName) {
    RoomTab tab = require(caller, id);
    if (!tab.roomId().equals(roomId)) {
      throw RuleViolation.badRequest("The room tab is not in the room given by 'roomId'.");
    }
    requireMayChange(world.rooms.require(tab.roomId()), caller);
    requireHttps(contentUrl);
    RoomTab updated =
        new RoomTab(
            tab.id(),
            tab.roomId(),
            tab.roomType(),
            displayName,
            contentUrl,
            tab.creatorId(),
            tab.created());
    byId.put(updated.id(), updated);
    return updated;
  }

  /**
   * Removes a tab.
   *
   * @throws RuleViolation as {@link #require}; 403 for a non-moderator in a locked room
   */
  public void delete(Person caller, String id) {
    RoomTab tab = require(caller, id);
    requireMayChange(world.rooms.require(tab.roomId()), caller);
    byId.remove(tab.id());
  }

  /** Forgets the tabs of a deleted room. */
  void removeRoom(String roomId) {
    byId.values().removeIf(t -> t.roomId().equals(roomId));
  }

  private void requireMayChange(Room room, Person caller) {
    if (room.isLocked && !world.memberships.isModerator(room.id, caller.id)) {
      throw RuleViolation.forbidden("Only moderators may change the tabs of a locked room.");
    }
  }

  private static void requireHttps(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getScheme() != null
          && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
          && uri.getHost() != null) {
        return;
      }
    } catch (java.net.URISyntaxException e) {
      // falls through to the refusal
    }
    throw RuleViolation.badRequest("'contentUrl' must be an https URL.");
  }

  /** Every tab, oldest first (for snapshots). */
  List<RoomTab> all() {
    return List.copyOf(byId.values());
  }

  /** Puts a snapshot's tab back. */
  void restore(RoomTab tab) {
    byId.put(tab.id(), tab);
  }
}
