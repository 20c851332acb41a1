package io.github.webex4j.emulator.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Organizations: the emulated home org (seeded, id {@link World#orgId()}) plus any extra orgs a
 * test adds with {@link #create(String)} (empty orgs, e.g. to exercise a successful delete).
 */
public final class OrganizationStore implements Store {
  /** Display name of the seeded home org. */
  public static final String HOME_DISPLAY_NAME = "Emulated Org";

  /** One organization. Mutable; guarded by the {@link World} lock. */
  public static final class Organization {
    public final String id;
    public final Instant created;
    public String displayName;

    Organization(String id, String displayName, Instant created) {
      this.id = id;
      this.displayName = displayName;
      this.created = created;
    }
  }

  private final World world;
  private final Map<String, Organization> byId = new LinkedHashMap<>();

  OrganizationStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
  }

  @Override
  public void seed() {
    Organization home =
        new Organization(world.orgId(), HOME_DISPLAY_NAME, world.timestamps().next());
    byId.put(home.id, home);
  }

  /** Adds an empty org (no people, no licenses) with a fresh id. */
  public Organization create(String displayName) {
    Organization org =
        new Organization(world.ids().next("ORGANIZATION"), displayName, world.timestamps().next());
    byId.put(org.id, org);
    return org;
  }

  /** Every org, oldest first. */
  public List<Organization> all() {
    return new ArrayList<>(byId.values());
  }

  /** The org with {@code id}, if any. */
  public Optional<Organization> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The org with {@code id}, or 404. */
  public Organization require(String id) {
    return find(id)
        .orElseThrow(() -> RuleViolation.notFound("Could not find an organization with this ID."));
  }

  /**
   * Deletes an org.
   *
   * @throws RuleViolation 409 when the org still has licenses or more than one user (REFERENCE 2.8;
   *     linked sites, subscriptions, directory sync and managed orgs are not emulated)
   */
  public void delete(Organization org) {
    List<String> reasons = new ArrayList<>();
    if (!world.licenses.forOrg(org.id).isEmpty()) {
      reasons.add("it has active subscriptions or licenses");
    }
    long users = world.people.all().stream().filter(p -> org.id.equals(p.orgId)).count();
    if (users > 1) {
      reasons.add("it has more than one user");
    }
    if (!reasons.isEmpty()) {
      throw RuleViolation.conflict(
          "The organization cannot be deleted: " + String.join(" and ", reasons) + ".");
    }
    byId.remove(org.id);
  }
}
