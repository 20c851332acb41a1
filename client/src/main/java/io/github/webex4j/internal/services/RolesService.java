package io.github.webex4j.internal.services;

import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.roles.Role;
import io.github.webex4j.roles.Roles;
import java.util.List;

/** {@link Roles} over the transport. */
public final class RolesService implements Roles {
  private static final String PATH = "roles";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public RolesService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public List<Role> list() {
    // Not paginated per the API docs; a Link header, should one ever appear, is still followed.
    return transport.list(PATH, null, Role.class).autoPager().stream().toList();
  }

  @Override
  public Role get(String roleId) {
    return transport.get(Paths.of(PATH, roleId), null, Role.class);
  }
}
