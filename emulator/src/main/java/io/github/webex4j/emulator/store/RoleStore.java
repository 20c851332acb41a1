package io.github.webex4j.emulator.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin roles an org lists. Fixed: seeded at start, never changed through the API. "Full
 * Administrator" is the name in the official example; the other names are the usual Control Hub
 * roles, and their ids ({@code ciscospark://us/ROLE/<name>}) are [?] modelled on the observed
 * {@code id_full_admin}.
 */
public final class RoleStore implements Store {
  /** One role. */
  public record Role(String id, String name) {}

  private static final String[][] SEED = {
    {"id_full_admin", "Full Administrator"},
    {"id_readonly_admin", "Read-only Administrator"},
    {"id_user_admin", "User and Device Administrator"},
    {"id_device_admin", "Device Administrator"},
    {"id_compliance_officer", "Compliance Officer"},
    {"id_support_admin", "Support Administrator"},
  };

  private final Map<String, Role> byId = new LinkedHashMap<>();

  RoleStore(World world) {}

  @Override
  public void clear() {
    byId.clear();
  }

  @Override
  public void seed() {
    for (String[] role : SEED) {
      String id = Ids.encode("ROLE", role[0]);
      byId.put(id, new Role(id, role[1]));
    }
  }

  /** Every role in a stable order. */
  public List<Role> all() {
    return new ArrayList<>(byId.values());
  }

  /** The role with {@code id}, if any. */
  public Optional<Role> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }
}
