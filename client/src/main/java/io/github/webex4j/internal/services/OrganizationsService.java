package io.github.webex4j.internal.services;

import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.organizations.Organization;
import io.github.webex4j.organizations.Organizations;
import java.util.List;

/** {@link Organizations} over the transport. */
public final class OrganizationsService implements Organizations {
  private static final String PATH = "organizations";

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public OrganizationsService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public List<Organization> list() {
    // Not paginated per the API docs; a Link header, should one ever appear, is still followed.
    return transport.list(PATH, null, Organization.class).autoPager().stream().toList();
  }

  @Override
  public Organization get(String orgId) {
    return transport.get(Paths.of(PATH, orgId), null, Organization.class);
  }

  @Override
  public void delete(String orgId) {
    transport.delete(Paths.of(PATH, orgId));
  }
}
