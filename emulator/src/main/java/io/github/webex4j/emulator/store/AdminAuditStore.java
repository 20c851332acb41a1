package io.github.webex4j.emulator.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin audit log ({@code /adminAudit/events}): what full admins changed through the API,
 * recorded by the stores that own the change (people created, replaced or deleted, their roles and
 * licenses). Keeps the latest {@value #CAPACITY} events.
 *
 * <p>[?] Category names, descriptions and action texts are modelled on the Control Hub audit events
 * reference, not copied from live events; {@code trackingId}, {@code actorIp} and {@code
 * actorUserAgent} are not recorded.
 */
public final class AdminAuditStore implements Store {
  /** How many events are kept; older ones are dropped. */
  public static final int CAPACITY = 20_000;

  /** The categories {@code /adminAudit/eventCategories} lists [?]. */
  public static final List<String> CATEGORIES = List.of("LICENSES", "LOGINS", "ROLES", "USERS");

  /** One audit event; every field but the ids may be null when it does not apply. */
  public record AuditEvent(
      String id,
      Instant created,
      String actorId,
      String actorOrgId,
      String actorName,
      String actorEmail,
      String actorOrgName,
      List<String> adminRoles,
      String eventCategory,
      String eventDescription,
      String actionText,
      String targetType,
      String targetId,
      String targetName,
      String targetOrgId,
      String targetOrgName) {}

  private final World world;
  private final Map<String, AuditEvent> byId = new LinkedHashMap<>();

  AdminAuditStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
  }

  /**
   * Records that {@code actor} changed the user {@code target}.
   *
   * @param category one of {@link #CATEGORIES}
   * @param description the short event description
   * @param actionText the longer text naming what changed
   */
  void userChanged(
      Person actor, String category, String description, String actionText, Person target) {
    String orgName = orgName(actor.orgId);
    AuditEvent event =
        new AuditEvent(
            world.ids().next("AUDIT_EVENT"),
            world.timestamps().next(),
            actor.id,
            actor.orgId,
            actor.displayName,
            actor.email,
            orgName,
            roleNames(actor),
            category,
            description,
            actionText,
            "User",
            target.id,
            target.displayName,
            target.orgId,
            orgName(target.orgId));
    byId.put(event.id(), event);
    if (byId.size() > CAPACITY) {
      byId.remove(byId.keySet().iterator().next());
    }
  }

  /**
   * The events of {@code orgId} in {@code [from, to)}, newest first, optionally only by {@code
   * actorId} (null for everyone) and in {@code categories} (empty for all).
   */
  public List<AuditEvent> find(
      String orgId, Instant from, Instant to, String actorId, Collection<String> categories) {
    List<AuditEvent> out = new ArrayList<>();
    for (AuditEvent e : byId.values()) {
      if (e.actorOrgId().equals(orgId)
          && !e.created().isBefore(from)
          && e.created().isBefore(to)
          && (actorId == null || actorId.equals(e.actorId()))
          && (categories.isEmpty() || categories.contains(e.eventCategory()))) {
        out.add(e);
      }
    }
    Collections.reverse(out);
    return out;
  }

  private String orgName(String orgId) {
    return world.organizations.find(orgId).map(o -> o.displayName).orElse(null);
  }

  private List<String> roleNames(Person person) {
    List<String> names = new ArrayList<>();
    for (String roleId : person.roles) {
      world.roles.find(roleId).ifPresent(role -> names.add(role.name()));
    }
    return List.copyOf(names);
  }

  /** Every event, oldest first (for snapshots). */
  List<AuditEvent> all() {
    return List.copyOf(byId.values());
  }

  /** Puts a snapshot's event back. */
  void restore(AuditEvent event) {
    byId.put(event.id(), event);
  }
}
